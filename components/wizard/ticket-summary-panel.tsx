'use client';

import { Fragment, useEffect, useId, useMemo, useState } from 'react';
import { CopyButton } from '@/components/copy-button';
import { fillIn } from '@/lib/i18n/format';
import { fixStepsPath, localizePath, stepPath } from '@/lib/paths';
import type { FixProcedure } from '@/lib/wizard/fix-procedure';
import { TICKET_FORMATS, writeTicketSummaryLines } from '@/lib/wizard/ticket-summary/formats';
import { joinTicketLines, type TicketLine } from '@/lib/wizard/ticket-summary/lines';
import { ticketSummaryOf } from '@/lib/wizard/ticket-summary/model';
import { ticketSubjectOf, type TicketSubject } from '@/lib/wizard/ticket-summary/subject';
import { loadFixProcedure } from './fix-procedure-loader';
import { useTicketFormat } from './use-ticket-format';
import { useStepAnswers, useStepWords } from './wizard-step-context';

/** The fix's steps once fetched: `undefined` while they load, `null` when they cannot be had. */
function useFixProcedure(href: string | undefined): FixProcedure | null | undefined {
  const [loaded, setLoaded] = useState<{ href: string; procedure: FixProcedure | null }>();
  useEffect(() => {
    if (href === undefined) return;
    let current = true;
    void loadFixProcedure(href).then((procedure) => {
      if (current) setLoaded({ href, procedure });
    });
    return () => {
      current = false;
    };
  }, [href]);
  if (href === undefined) return null;
  return loaded?.href === href ? loaded.procedure : undefined;
}

/**
 * "Copy for the ticket" on a step whose answers only the browser knows (the static step page): the
 * subject comes from the address bar's answers checked against the tree, so it renders only inside
 * the step's TreeGate. Nothing is offered for answers that do not lead here, nor at the first question.
 */
export function TicketSummaryPanel({ publicOrigin }: { publicOrigin: string | undefined }) {
  const { tree, stepId, check, language } = useStepAnswers();
  const subject = useMemo(() => ticketSubjectOf(tree, stepId, language, check), [tree, stepId, language, check]);
  return subject ? <TicketSummaryFor subject={subject} publicOrigin={publicOrigin} /> : null;
}

/**
 * "Copy for the ticket": the troubleshooter, every answer, the outcome, the fix's numbered steps
 * with their exact values and commands, and the links, in the format the agent's ticket system
 * reads, with a preview of exactly what is copied. Shown at an outcome, and at a question once
 * something has been answered, so an agent escalating mid-way hands over what is known. It needs
 * JavaScript, so it is only ever rendered in the browser; the format chosen is remembered. A step
 * the server rendered with checked answers passes its `subject` straight here (no tree needed).
 */
export function TicketSummaryFor({ subject, publicOrigin }: { subject: TicketSubject; publicOrigin: string | undefined }) {
  const { tree, stepId, language, answers, trail, node } = subject;
  const [format, chooseFormat] = useTicketFormat();
  const stepWords = useStepWords();
  const words = stepWords.ticket;
  const ids = useId();
  const fix = node.type === 'outcome' ? node.fix : undefined;
  // The steps in the page's language: the file says when they are the English ones, and why.
  const procedure = useFixProcedure(fix ? fixStepsPath(fix.article, fix.procedure, language) : undefined);

  const lines = useMemo(() => {
    if (procedure === undefined) return undefined;
    // The same origin as "Link to this step": the public one when the site has it.
    const origin = publicOrigin ?? window.location.origin;
    const summary = ticketSummaryOf({
      tree,
      trail,
      node,
      stepUrl: `${origin}${localizePath(language, stepPath(tree.id, stepId, answers))}`,
      origin,
      ...(procedure ? { procedure } : {}),
      words: words.summary,
      language,
    });
    return writeTicketSummaryLines(summary, format, words.summary);
  }, [tree, stepId, answers, trail, node, procedure, format, publicOrigin, words, language]);
  const text = useMemo(() => (lines === undefined ? undefined : joinTicketLines(lines)), [lines]);

  const chosen = words.formats[format];
  const headingId = `${ids}-heading`;
  const atOutcome = node.type === 'outcome';

  return (
    <section aria-labelledby={headingId} className="mt-6 rounded-lg border border-border p-4" data-testid="ticket-summary">
      <h2 id={headingId} className="text-lg font-semibold">
        {words.heading}
      </h2>
      <p className="mt-1 text-sm text-muted">
        {atOutcome ? words.atOutcome : words.atQuestion}
      </p>
      <fieldset className="mt-3">
        <legend className="text-sm font-semibold">{words.format}</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {TICKET_FORMATS.map((candidate) => (
            <label key={candidate.id} className="inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${ids}-format`}
                value={candidate.id}
                checked={candidate.id === format}
                onChange={() => chooseFormat(candidate.id)}
              />
              {words.formats[candidate.id].label} <span className="text-muted">({words.formats[candidate.id].pastedInto})</span>
            </label>
          ))}
        </div>
      </fieldset>
      {text === undefined || lines === undefined ? (
        <p className="mt-3 text-sm" role="status">
          {words.preparing}
        </p>
      ) : (
        <>
          <div className="mt-3">
            <CopyButton text={text} label={fillIn(words.copyAs, { format: chosen.label })} idleText={words.copy} words={stepWords.copy} />
          </div>
          <pre
            className="ticket-summary-preview mt-3"
            tabIndex={0}
            role="region"
            aria-label={fillIn(words.previewAs, { format: chosen.label })}
            data-testid="ticket-summary-preview"
          >
            <PreviewLines lines={lines} />
          </pre>
        </>
      )}
    </section>
  );
}

/** The preview's text, exactly what is copied, with lines in another language marked `lang`. */
function PreviewLines({ lines }: { lines: readonly TicketLine[] }) {
  return lines.map((line, index) => (
    <Fragment key={index}>
      {typeof line === 'string' ? line : <span lang={line.lang}>{line.text}</span>}
      {'\n'}
    </Fragment>
  ));
}
