import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StepView } from '@/components/wizard/step-view';
import { findLocalizedStep, treeLanguages } from '@/lib/content/localized-content.server';
import { stepNotFoundTitle, stepPageTitle } from '@/components/wizard/step-page-title';
import { pageLanguage } from '@/lib/i18n/page-language';
import { stepPreview } from '@/lib/link-preview';
import { parseOriginSegment } from '@/lib/paths';
import { safeDecodeURIComponent } from '@/lib/safe-decode';
import { siteConfig, siteName } from '@/lib/site-config';
import { readStepAnswers } from '@/lib/wizard/url';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface AnswersStepPageProps {
  params: Promise<{ lang: string; tree: string; step: string; origin: string; answers: string }>;
}

// A step with the answers that lead to it, as the server renders it for a page load of
// `/wizard/<tree>/<step>?answers=…`: proxy.ts rewrites such a URL here (the address bar keeps it)
// once it has checked that the answers lead to the step, and answers this path's own address with
// 404. The answers and the origin are in the path, never the query, so each variant is rendered on
// its first request and cached like the static step: none is rendered by the build.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

// A link pasted into a ticket unfurls with the answers so far; its canonical URL is the bare step.
export async function generateMetadata({ params }: AnswersStepPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { lang, tree, step, answers } = await params;
  const found = findLocalizedStep(tree, step, pageLanguage(lang));
  if (!found) return { title: await stepNotFoundTitle() };
  const reading = readStepAnswers(found.tree, found.node.id, safeDecodeURIComponent(answers));
  const trail = reading.check.ok ? reading.check.trail : [];
  return {
    title: await stepPageTitle(found),
    ...stepPreview({ ...found, trail, siteName, publicUrl: siteConfig.publicUrl, language: found.language, languages: treeLanguages(found.tree.id) }),
  };
}

export default async function AnswersStepPage({ params }: AnswersStepPageProps) {
  const lang = await enterPageLanguage(params);
  const { tree, step, origin, answers } = await params;
  const found = findLocalizedStep(tree, step, lang);
  const reading = found ? readStepAnswers(found.tree, found.node.id, safeDecodeURIComponent(answers)) : undefined;
  const knownOrigin = parseOriginSegment(origin);
  // Only the proxy's rewrite gets here, with answers it has checked; anything else is not a page.
  if (!found || !reading?.check.ok || reading.bare || !knownOrigin) notFound();
  const state = { tree: found.tree, language: lang, ...reading };
  return <StepView {...found} known={{ state, origin: knownOrigin }} />;
}
