import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StepView } from '@/components/wizard/step-view';
import { findWizardStep } from '@/lib/content/wizards.server';
import { stepNotFoundTitle, stepPageTitle } from '@/components/wizard/step-page-title';
import { parseOriginSegment } from '@/lib/paths';
import { readStepAnswers } from '@/lib/wizard/url';
import { stepPreview } from '@/lib/link-preview';
import { siteConfig, siteName } from '@/lib/site-config';

interface UnmatchedStepPageProps {
  params: Promise<{ tree: string; step: string; origin: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

// The step with the notice that its link's answers do not lead to it (edited, cut short, or made
// before the troubleshooter changed), as the browser would show it. proxy.ts rewrites a page load
// of such a URL here (the address bar keeps it) and answers this path's own address with 404. The
// notice names what is wrong with the answers, which are anything a link may hold, so this view
// reads the query and renders per request instead of filling the cache with variants.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: UnmatchedStepPageProps): Promise<Metadata> {
  const { tree, step } = await params;
  const found = findWizardStep(tree, step);
  // The step's own URL is the one to index; this view only exists for a broken link. Its preview
  // is the bare step's: the answers in the link are the ones that do not lead here.
  if (!found) return { title: await stepNotFoundTitle(), robots: { index: false } };
  return {
    title: await stepPageTitle(found),
    robots: { index: false },
    ...stepPreview({ ...found, trail: [], siteName, publicUrl: siteConfig.publicUrl }),
  };
}

export default async function UnmatchedStepPage({ params, searchParams }: UnmatchedStepPageProps) {
  const { tree, step, origin } = await params;
  const found = findWizardStep(tree, step);
  const knownOrigin = parseOriginSegment(origin);
  if (!found || !knownOrigin) notFound();
  const raw = (await searchParams).answers;
  const state = { tree: found.tree, ...readStepAnswers(found.tree, found.node.id, Array.isArray(raw) ? raw[0] : raw) };
  return <StepView {...found} known={{ state, origin: knownOrigin }} />;
}
