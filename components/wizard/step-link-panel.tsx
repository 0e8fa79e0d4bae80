'use client';

import { CopyButton } from '@/components/copy-button';
import { stepPath } from '@/lib/paths';
import { useStepAnswers } from './wizard-step-context';

/**
 * The link a helpdesk agent pastes into a ticket: this step with the answers so far, as an absolute
 * URL, copyable and shown as text. The summary of the session is TicketSummaryPanel, beside it.
 */
export function StepLinkPanel() {
  const { tree, stepId, check } = useStepAnswers();
  const origin = window.location.origin;
  const stepUrl = `${origin}${stepPath(tree.id, stepId, check.ok ? check.answers : [])}`;

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
