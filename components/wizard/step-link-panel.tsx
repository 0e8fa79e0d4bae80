'use client';

import { CopyButton } from '@/components/copy-button';
import { localizePath, stepPath } from '@/lib/paths';
import { useStepAnswers, useStepWords } from './wizard-step-context';
import type { WizardWords } from './wizard-text';

/**
 * The link a helpdesk agent pastes into a ticket: this step with the answers so far, as an absolute
 * URL, copyable and shown as text. The summary of the session is TicketSummaryPanel, beside it.
 */
export function StepLinkPanel({ publicOrigin }: { publicOrigin?: string }) {
  const { tree, stepId, check, language } = useStepAnswers();
  const words = useStepWords();
  // The site's public origin when it has one (FIXPATH_PUBLIC_URL), as the server writes it.
  const origin = publicOrigin ?? window.location.origin;
  const stepUrl = `${origin}${localizePath(language, stepPath(tree.id, stepId, check.ok ? check.answers : []))}`;

  return (
    <section aria-labelledby="step-link-heading" className="mt-10 rounded-lg border border-border p-4">
      <h2 id="step-link-heading" className="text-lg font-semibold">
        {words.stepLinkHeading}
      </h2>
      <p className="mt-1 text-sm text-muted">{words.stepLinkHint}</p>
      <StepUrlField url={stepUrl} label={words.stepLinkHeading} />
      <div className="mt-3 flex flex-wrap gap-3">
        <CopyButton text={stepUrl} label={words.copyStepLink} words={words.copy} />
      </div>
    </section>
  );
}

/**
 * The server's version, and the one without JavaScript: the same link in the same field, without
 * the Copy buttons, which need JavaScript. `url` is absolute wherever the server knows the origin.
 */
export function StepLinkFallback({ url, words }: { url: string; words: WizardWords }) {
  return (
    <section aria-labelledby="step-link-heading" className="mt-10 rounded-lg border border-border p-4">
      <h2 id="step-link-heading" className="text-lg font-semibold">
        {words.stepLinkHeading}
      </h2>
      <p className="mt-1 text-sm text-muted">{words.stepLinkHint}</p>
      <StepUrlField url={url} label={words.stepLinkHeading} />
    </section>
  );
}

/** The link in a read-only field: one click or Tab and Ctrl+C takes all of it, with or without JavaScript. */
function StepUrlField({ url, label }: { url: string; label: string }) {
  return (
    <>
      <label htmlFor="step-url" className="sr-only">
        {label}
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
