import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { FocusHeadingOnNavigation } from '@/components/focus-heading-on-navigation';
import { FeedbackWidget } from '@/components/feedback/feedback-widget';
import { StepViewRecorder } from '@/components/feedback/step-view-recorder';
import { AnswerOptions } from '@/components/wizard/answer-options';
import { AnswersSummary } from '@/components/wizard/answers-summary';
import { MarkdownText } from '@/components/wizard/markdown-text';
import { OptionList } from '@/components/wizard/option-list';
import { OutcomeFix } from '@/components/wizard/outcome-fix';
import { StepLinkFallback, StepLinkPanel } from '@/components/wizard/step-link-panel';
import { StepStatus } from '@/components/wizard/step-status';
import { TreeGate, WizardStepProvider } from '@/components/wizard/wizard-step-context';
import { clientTreeHref, getWizard, listWizards } from '@/lib/content/wizards.server';
import { siteConfig } from '@/lib/site-config';
import { nodesNearestStartFirst } from '@/lib/wizard/graph';
import { encodeStepUrl, resolveStep } from '@/lib/wizard/url';

/** The step's heading, focused after each move within the troubleshooter (also timed by bench:site). */
const STEP_HEADING_ID = 'step-heading';

interface StepPageProps {
  params: Promise<{ tree: string; step: string }>;
}

// The steps nearest each troubleshooter's start are rendered by `next build`; the rest on their
// first request, then served from Next's cache like the others. Old ids are redirected by
// next.config.mjs (query kept), and proxy.ts answers ids no step has with the site's 404 page, which
// links to the troubleshooter's start, before they get here.
export const dynamicParams = true;

export function generateStaticParams() {
  return listWizards().flatMap((tree) =>
    nodesNearestStartFirst(tree)
      .slice(0, siteConfig.prerenderedSteps)
      .map((step) => ({ tree: tree.id, step })),
  );
}

async function findStep(params: StepPageProps['params']) {
  const { tree: treeId, step } = await params;
  const tree = getWizard(treeId);
  const resolution = tree ? resolveStep(tree, step) : undefined;
  return tree && resolution?.kind === 'node' ? { tree, node: resolution.node } : undefined;
}

// Metadata must not throw notFound(): it streams apart from the page, and the 404 would then only
// appear once JavaScript runs. The page itself decides on the 404.
export async function generateMetadata({ params }: StepPageProps): Promise<Metadata> {
  const found = await findStep(params);
  if (!found) return { title: 'Step not found' };
  const { tree, node } = found;
  const name = node.type === 'question' ? `Question: ${node.prompt}` : `Result: ${node.title}`;
  return { title: `${name} – ${tree.title}` };
}

export default async function WizardStepPage({ params }: StepPageProps) {
  const found = await findStep(params);
  if (!found) notFound();
  const { tree, node } = found;
  const bareHref = (next: string) => encodeStepUrl(tree.id, next, []);

  return (
    <WizardStepProvider treeId={tree.id} treeHref={clientTreeHref(tree)} stepId={node.id}>
      <div className="max-w-3xl">
        <p className="text-sm">
          {/* A plain link, like the site's others: prefetching the start page cost every step's load a payload to parse. */}
          <a href={`/wizard/${tree.id}`}>{tree.title}</a>
        </p>
        <div className="mt-2 min-h-6">
          <Suspense fallback={null}>
            <TreeGate fallback={null}>
              <StepStatus />
            </TreeGate>
          </Suspense>
        </div>
        <h1 id={STEP_HEADING_ID} tabIndex={-1} className="mt-2 text-3xl font-bold focus:outline-none">
          {node.type === 'question' ? node.prompt : node.title}
        </h1>

        {node.type === 'question' ? (
          <>
            {node.help ? (
              <div className="mt-4">
                <MarkdownText markdown={node.help} />
              </div>
            ) : null}
            <Suspense fallback={<OptionList options={node.options} hrefOf={(option) => bareHref(option.next)} enhanced={false} />}>
              <AnswerOptions question={node} />
            </Suspense>
          </>
        ) : (
          <>
            <p className="mt-4 text-lg">{node.summary}</p>
            {node.body ? (
              <div className="mt-4">
                <MarkdownText markdown={node.body} />
              </div>
            ) : null}
            {node.fix ? <OutcomeFix fix={node.fix} /> : null}
            <FeedbackWidget
              subject={{ kind: 'outcome', tree: tree.id, treeVersion: tree.version, outcome: node.id }}
              question="Did this solve your problem?"
              back={encodeStepUrl(tree.id, node.id, [])}
            />
          </>
        )}

        <Suspense fallback={null}>
          <TreeGate fallback={null}>
            <AnswersSummary />
          </TreeGate>
        </Suspense>
        <Suspense fallback={<StepLinkFallback path={encodeStepUrl(tree.id, node.id, [])} />}>
          <TreeGate fallback={<StepLinkFallback path={encodeStepUrl(tree.id, node.id, [])} />}>
            <StepLinkPanel />
          </TreeGate>
        </Suspense>
        <Suspense fallback={null}>
          <FocusHeadingOnNavigation headingId={STEP_HEADING_ID} />
        </Suspense>
        <StepViewRecorder tree={tree.id} treeVersion={tree.version} step={node.id} />
      </div>
    </WizardStepProvider>
  );
}
