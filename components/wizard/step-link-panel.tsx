'use client';

import { CopyButton } from '@/components/copy-button';
import type { OutcomeNode } from '@/lib/wizard/schema';
import { ticketSummaryMarkdown } from '@/lib/wizard/ticket-summary';
import { stepPath } from '@/lib/paths';
import { useStepAnswers } from './wizard-step-context';

/**
 * The link a helpdesk agent pastes into a ticket: this step with the answers so far, as an absolute
 * URL, copyable and shown as text. At an outcome, also a Markdown summary of the whole session.
 */
export function StepLinkPanel() {
  const { tree, stepId, check } = useStepAnswers();
  const origin = window.location.origin;
  const stepUrl = `${origin}${stepPath(tree.id, stepId, check.ok ? check.answers : [])}`;
  const outcome = check.ok && check.node.type === 'outcome' ? (check.node as OutcomeNode) : undefined;
  const fixUrl = outcome?.fix ? `${origin}/articles/${outcome.fix.article}#${outcome.fix.procedure}` : undefined;

  return (
    <section aria-labelledby="step-link-heading" className="mt-10 rounded-lg border border-border p-4">
      <h2 id="step-link-heading" className="text-lg font-semibold">
        Link to this step
      </h2>
      <p className="mt-1 text-sm text-muted">Paste it into a ticket: it opens this step with the answers so far.</p>
      <p className="mt-2 break-all font-mono text-sm" data-testid="step-url">
        {stepUrl}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <CopyButton text={stepUrl} label="Copy link to this step" />
        {outcome && check.ok ? (
          <CopyButton
            text={ticketSummaryMarkdown({ tree, trail: check.trail, outcome, stepUrl, fixUrl })}
            label="Copy summary for the ticket"
          />
        ) : null}
      </div>
    </section>
  );
}

/** Without JavaScript: the bare step link as text, which is still a working link to this step. */
export function StepLinkFallback({ path }: { path: string }) {
  return (
    <section aria-labelledby="step-link-heading" className="mt-10 rounded-lg border border-border p-4">
      <h2 id="step-link-heading" className="text-lg font-semibold">
        Link to this step
      </h2>
      <p className="mt-2 break-all font-mono text-sm">{path}</p>
    </section>
  );
}
