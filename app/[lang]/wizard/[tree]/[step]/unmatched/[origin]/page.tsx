import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StepView } from '@/components/wizard/step-view';
import { findLocalizedStep, treeLanguages } from '@/lib/content/localized-content.server';
import { stepNotFoundTitle, stepPageTitle } from '@/components/wizard/step-page-title';
import { pageLanguage } from '@/lib/i18n/page-language';
import { parseOriginSegment } from '@/lib/paths';
import { readStepAnswers } from '@/lib/wizard/url';
import { stepPreview } from '@/lib/link-preview';
import { siteConfig, siteName } from '@/lib/site-config';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface UnmatchedStepPageProps {
  params: Promise<{ lang: string; tree: string; step: string; origin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The step with the notice that its link's answers do not lead to it (edited, cut short, or made
// before the troubleshooter changed), as the browser would show it. proxy.ts rewrites a page load
// of such a URL here (the address bar keeps it) and answers this path's own address with 404. The
// notice names what is wrong with the answers, which are anything a link may hold, so this view
// reads the query and renders per request instead of filling the cache with variants.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: UnmatchedStepPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { lang, tree, step } = await params;
  const found = findLocalizedStep(tree, step, pageLanguage(lang));
  // The step's own URL is the one to index; this view only exists for a broken link. Its preview
  // is the bare step's: the answers in the link are the ones that do not lead here.
  if (!found) return { title: await stepNotFoundTitle(), robots: { index: false } };
  return {
    title: await stepPageTitle(found),
    robots: { index: false },
    ...stepPreview({ ...found, trail: [], siteName, publicUrl: siteConfig.publicUrl, language: found.language, languages: treeLanguages(found.tree.id) }),
  };
}

export default async function UnmatchedStepPage({ params, searchParams }: UnmatchedStepPageProps) {
  const lang = await enterPageLanguage(params);
  const { tree, step, origin } = await params;
  const found = findLocalizedStep(tree, step, lang);
  const knownOrigin = parseOriginSegment(origin);
  if (!found || !knownOrigin) notFound();
  const raw = (await searchParams).answers;
  const state = { tree: found.tree, language: lang, ...readStepAnswers(found.tree, found.node.id, Array.isArray(raw) ? raw[0] : raw) };
  return <StepView {...found} known={{ state, origin: knownOrigin }} />;
}
