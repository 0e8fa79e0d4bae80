import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ChangedQuestionNotice } from '@/components/wizard/changed-question-notice';
import { StepView } from '@/components/wizard/step-view';
import { findLocalizedStep, treeLanguages } from '@/lib/content/localized-content.server';
import { stepNotFoundTitle, stepPageTitle } from '@/components/wizard/step-page-title';
import { pageLanguage } from '@/lib/i18n/page-language';
import { stepPreview } from '@/lib/link-preview';
import { siteConfig, siteName } from '@/lib/site-config';
import { replayAnswers } from '@/lib/wizard/navigate';
import { describeChangedQuestion } from '@/lib/wizard/retired';
import { parseAnswersParam, parseChangedQuestion } from '@/lib/paths';
import { requestOrigin } from '@/lib/request-origin';
import { readStepAnswers } from '@/lib/wizard/url';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface ChangedStepPageProps {
  params: Promise<{ lang: string; tree: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The step with the "this question changed" notice. proxy.ts rewrites a step URL carrying
// `changed=` here (the address bar keeps the step URL) and answers this path's own address with
// 404. It reads the query, so it renders per request, and the notice is in the HTML without
// JavaScript; the static step page never reads the query and stays cached.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params, searchParams }: ChangedStepPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { lang, tree, step } = await params;
  const found = findLocalizedStep(tree, step, pageLanguage(lang));
  // The step's own URL is the one to index; this view only exists for an old link.
  if (!found) return { title: await stepNotFoundTitle(), robots: { index: false } };
  // The answers kept before the changed question are still the user's: the preview lists them.
  const answers = parseAnswersParam(new URLSearchParams(flatQuery(await searchParams)).get('answers')).answers;
  const { trail } = replayAnswers(found.tree, answers);
  return {
    title: await stepPageTitle(found),
    robots: { index: false },
    ...stepPreview({ ...found, trail, siteName, publicUrl: siteConfig.publicUrl, language: found.language, languages: treeLanguages(found.tree.id) }),
  };
}

export default async function ChangedStepPage({ params, searchParams }: ChangedStepPageProps) {
  const lang = await enterPageLanguage(params);
  const { tree, step } = await params;
  const found = findLocalizedStep(tree, step, lang);
  if (!found) notFound();
  const query = new URLSearchParams(flatQuery(await searchParams));
  const changed = parseChangedQuestion(query);
  const notice = changed ? describeChangedQuestion(found.tree, changed.changed, changed.dropped) : undefined;
  // The answers kept before the changed question, as the islands will read them from the URL.
  const state = { tree: found.tree, language: lang, ...readStepAnswers(found.tree, found.node.id, query.get('answers')) };
  const origin = siteConfig.publicUrl ?? requestOrigin(await headers());
  return (
    <StepView {...found} notice={notice ? <ChangedQuestionNotice notice={notice} contentLang={found.untranslated ? 'en' : undefined} /> : undefined} known={{ state, origin }} />
  );
}

/** The query as name/value pairs; a repeated name counts once, by its first value. */
function flatQuery(query: Record<string, string | string[] | undefined>): [string, string][] {
  return Object.entries(query).flatMap(([name, value]) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined ? [] : [[name, first]];
  });
}
