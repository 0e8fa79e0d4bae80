import { Suspense, type ReactNode } from 'react';
import { FocusHeadingOnNavigation } from '@/components/focus-heading-on-navigation';
import { FeedbackWidget } from '@/components/feedback/feedback-widget';
import { StepViewRecorder } from '@/components/feedback/step-view-recorder';
import { clientTreeHref, type WizardStep } from '@/lib/content/wizards.server';
import { stepPath, treePath } from '@/lib/paths';
import { AnswerOptions } from './answer-options';
import { AnswersSummary } from './answers-summary';
import { MarkdownText } from './markdown-text';
import { OptionList } from './option-list';
import { OutcomeFix } from './outcome-fix';
import { StepLinkFallback, StepLinkPanel } from './step-link-panel';
import { StepStatus } from './step-status';
import { TicketSummarySlot } from './ticket-summary-slot';
import { TreeGate, WizardStepProvider } from './wizard-step-context';

/** The step's heading, focused after each move within the troubleshooter (also timed by bench:site). */
const STEP_HEADING_ID = 'step-heading';

/**
 * One troubleshooter step: the question with its answers, or the outcome with its fix. Both step
 * routes render it, the static one and the per-request one that adds a `notice` above the heading.
 */
export function StepView({ tree, node, notice }: WizardStep & { notice?: ReactNode }) {
  const bareHref = (next: string) => stepPath(tree.id, next, []);
  return (
    <WizardStepProvider treeId={tree.id} treeHref={clientTreeHref(tree)} stepId={node.id}>
      <div className="max-w-3xl">
        <p className="text-sm">
          {/* A plain link, like the site's others: prefetching the start page cost every step's load a payload to parse. */}
          <a href={treePath(tree.id)}>{tree.title}</a>
        </p>
        <div className="mt-2 min-h-6">
          <Suspense fallback={null}>
            <TreeGate fallback={null}>
              <StepStatus />
            </TreeGate>
          </Suspense>
        </div>
        {notice}
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
              back={stepPath(tree.id, node.id, [])}
            />
          </>
        )}

        <Suspense fallback={null}>
          <TreeGate fallback={null}>
            <AnswersSummary />
          </TreeGate>
        </Suspense>
        <Suspense fallback={<StepLinkFallback path={stepPath(tree.id, node.id, [])} />}>
          <TreeGate fallback={<StepLinkFallback path={stepPath(tree.id, node.id, [])} />}>
            <StepLinkPanel />
          </TreeGate>
        </Suspense>
        <Suspense fallback={null}>
          <TreeGate fallback={null}>
            <TicketSummarySlot />
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
