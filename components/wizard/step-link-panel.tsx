'use client';

import { CopyButton } from '@/components/copy-button';
import { localizePath, stepPath } from '@/lib/paths';
import { useStepAnswers } from './wizard-step-context';

/**
 * The link a helpdesk agent pastes into a ticket: this step with the answers so far, as an absolute
 * URL, copyable and shown as text. The summary of the session is TicketSummaryPanel, beside it.
 */
export function StepLinkPanel({ publicOrigin }: { publicOrigin?: string }) {
  const { tree, stepId, check, language } = useStepAnswers();
  // The site's public origin when it has one (FIXPATH_PUBLIC_URL), as the server writes it.
  const origin = publicOrigin ?? window.location.origin;
  const stepUrl = `${origin}${localizePath(language, stepPath(tree.id, stepId, check.ok ? check.answers : []))}`;

  return (
    <section aria-labelledby="step-link-heading" className="mt-10 rounded-lg border border-border p-4">
      <h2 id="step-link-heading" className="text-lg font-semibold">
        Link to this step
      </h2>
      <p className="mt-1 text-sm text-muted">Paste it into a ticket: it opens this step with the answers so far.</p>
      <StepUrlField url={stepUrl} />
      <div className="mt-3 flex flex-wrap gap-3">
        <CopyButton text={stepUrl} label="Copy link to this step" />
      </div>
    </section>
  );
}

/**
 * The server's version, and the one without JavaScript: the same link in the same field, without
 * the Copy buttons, which need JavaScript. `url` is absolute wherever the server knows the origin.
 */
export function StepLinkFallback({ url }: { url: string }) {
  return (
    <section aria-labelledby="step-link-heading" className="mt-10 rounded-lg border border-border p-4">
      <h2 id="step-link-heading" className="text-lg font-semibold">
        Link to this step
      </h2>
      <p className="mt-1 text-sm text-muted">Paste it into a ticket: it opens this step with the answers so far.</p>
      <StepUrlField url={url} />
    </section>
  );
}

/** The link in a read-only field: one click or Tab and Ctrl+C takes all of it, with or without JavaScript. */
function StepUrlField({ url }: { url: string }) {
  return (
    <>
      <label htmlFor="step-url" className="sr-only">
        Link to this step
      </label>
      <input
        id="step-url"
        type="text"
        readOnly
        value={url}
        data-testid="step-url"
        className="mt-2 w-full rounded border border-border bg-page px-2 py-1 font-mono text-sm"
      />
    </>
  );
}
