import type { FixStepDetail } from '../fix-procedure';
import { indentLine, inLanguage, joinTicketLines, type TicketLine } from './lines';
import type { TicketSummary } from './model';
import { commandTitleOf, ENGLISH_TICKET_WORDS, type TicketWords } from './words';

/**
 * Plain text, for ServiceNow work notes and e-mail: nothing is markup, so nothing is escaped. Steps
 * are numbered and their values and commands indented under them, commands on lines of their own
 * so they can be copied whole; links stand alone on their lines, where mail clients make them clickable.
 */
export function ticketSummaryPlainText(summary: TicketSummary, w: TicketWords = ENGLISH_TICKET_WORDS): string {
  return joinTicketLines(plainTextLines(summary, w));
}

/** The plain-text summary line by line, lines of an untranslated fix marked with their language. */
export function plainTextLines(summary: TicketSummary, w: TicketWords = ENGLISH_TICKET_WORDS): TicketLine[] {
  const lines: TicketLine[] = [`${w.troubleshooter}: ${oneLine(summary.troubleshooter)}`, ''];
  const { at } = summary;
  lines.push(at.kind === 'question' ? `${w.answersSoFar}:` : `${w.answers}:`);
  if (summary.answers.length === 0) lines.push(`  ${w.none}`);
  summary.answers.forEach((given, index) => lines.push(`  ${index + 1}. ${oneLine(given.question)} — ${oneLine(given.answer)}`));
  lines.push('');
  if (at.kind === 'question') {
    lines.push(`${w.stoppedAt}: ${oneLine(at.prompt)}`, '');
  } else {
    lines.push(`${w.outcome}: ${oneLine(at.title)}`, oneLine(at.summary), '');
    if (at.fix) {
      const foreign = at.fix.fallback?.lang;
      lines.push(inLanguage(foreign, `${w.fix}: ${oneLine(at.fix.title)}`));
      if (at.fix.fallback) lines.push(`  ${at.fix.fallback.reason === 'stale' ? w.stepsInEnglishStale : w.stepsInEnglishMissing}`);
      if (at.fix.steps) {
        for (const step of at.fix.steps) {
          lines.push(inLanguage(foreign, `  ${step.number}. ${oneLine(step.title)}`));
          for (const detail of step.details) lines.push(...detailLines(detail, w, foreign).map((line) => indentLine('     ', line)));
        }
      } else {
        lines.push(`  ${w.stepsInArticle}`);
      }
      lines.push('', inLanguage(foreign, `${w.fixInArticle}${at.fix.articleTitle ? ` (${oneLine(at.fix.articleTitle)})` : ''}:`), at.fix.url, '');
    }
  }
  lines.push(`${w.thisStep}:`, summary.stepUrl);
  return lines;
}

function detailLines(detail: FixStepDetail, w: TicketWords, foreign: string | undefined): TicketLine[] {
  if (detail.kind === 'registry') {
    const value = [`${w.registryKey}: ${detail.key}`, `${w.value}: ${detail.name} (${detail.type}) = ${detail.data}`];
    return detail.note ? [...value, inLanguage(foreign, `${w.note}: ${oneLine(detail.note)}`)] : value;
  }
  const title = commandTitleOf(detail, w);
  // An IIS change's title is in the summary's words; an author's title is the article's.
  const heading = `${detail.shellLabel}${title ? `, ${title}` : ''}:`;
  return [detail.tool === undefined && title ? inLanguage(foreign, heading) : heading, ...detail.code.split('\n').map((line) => `  ${line}`)];
}

/** Text from the tree (folded YAML) may hold line breaks; in a summary each item is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
