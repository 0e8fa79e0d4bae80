import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StepView } from '@/components/wizard/step-view';
import { findLocalizedStep, hasOwnWords, treeLanguages } from '@/lib/content/localized-content.server';
import { listWizards } from '@/lib/content/wizards.server';
import { stepNotFoundTitle, stepPageTitle } from '@/components/wizard/step-page-title';
import { pageLanguage } from '@/lib/i18n/page-language';
import { stepPreview } from '@/lib/link-preview';
import { siteConfig, siteName } from '@/lib/site-config';
import { nodesNearestStartFirst } from '@/lib/wizard/graph';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface StepPageProps {
  params: Promise<{ lang: string; tree: string; step: string }>;
}

// The steps nearest each troubleshooter's start are rendered by `next build`; the rest on their
// first request, then served from Next's cache like the others. proxy.ts redirects old ids (query
// kept) and answers ids no step has with the site's 404 page, which links to the troubleshooter's
// start, before they get here. A URL with `changed=` is rewritten by
// proxy.ts to ./changed, so this page never reads its query on the server and stays static.
export const dynamicParams = true;

// Run once per language of the layout: another language prerenders the steps of its translated
// troubleshooters only (hasOwnWords).
export function generateStaticParams({ params }: { params: { lang: string } }) {
  const language = pageLanguage(params.lang);
  return listWizards()
    .filter((tree) => hasOwnWords('tree', tree.id, language))
    .flatMap((tree) =>
      nodesNearestStartFirst(tree)
        .slice(0, siteConfig.prerenderedSteps)
        .map((step) => ({ tree: tree.id, step })),
    );
}

// Metadata must not throw notFound(): it streams apart from the page, and the 404 would then only
// appear once JavaScript runs. The page itself decides on the 404.
export async function generateMetadata({ params }: StepPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { lang, tree, step } = await params;
  const found = findLocalizedStep(tree, step, pageLanguage(lang));
  if (!found) return { title: await stepNotFoundTitle() };
  // The static page never knows the answers of a link, so its preview describes the step alone.
  return { title: await stepPageTitle(found), ...stepPreview({ ...found, siteName, publicUrl: siteConfig.publicUrl, language: found.language, languages: treeLanguages(found.tree.id) }) };
}

export default async function WizardStepPage({ params }: StepPageProps) {
  const lang = await enterPageLanguage(params);
  const { tree, step } = await params;
  const found = findLocalizedStep(tree, step, lang);
  if (!found) notFound();
  return <StepView {...found} />;
}
