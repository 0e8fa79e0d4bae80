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

  return <StepLinkSection url={stepUrl} words={words} copyable />;
}

/**
 * The link in its field, as the server writes it and the island shows it. `url` is absolute wherever
 * the server knows the origin. `copyable` adds the Copy button, which needs JavaScript (CSS hides it
 * without): the island's, and the server's on a step it rendered with the answers it checked.
 */
export function StepLinkSection({ url, words, copyable }: { url: string; words: WizardWords; copyable: boolean }) {
  return (
    <section aria-labelledby="step-link-heading" className="mt-10 rounded-lg border border-border p-4">
      <h2 id="step-link-heading" className="text-lg font-semibold">
        {words.stepLinkHeading}
      </h2>
      <p className="mt-1 text-sm text-muted">{words.stepLinkHint}</p>
      <StepUrlField url={url} label={words.stepLinkHeading} />
      {copyable ? (
        <div className="mt-3 flex flex-wrap gap-3">
          <CopyButton text={url} label={words.copyStepLink} words={words.copy} />
        </div>
      ) : null}
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
