import type { FixStepDetail } from '../fix-procedure';
import type { TicketSummary } from './model';
import { ENGLISH_TICKET_WORDS, type TicketWords } from './words';

/**
 * Plain text, for ServiceNow work notes and e-mail: nothing is markup, so nothing is escaped. Steps
 * are numbered and their values and commands indented under them, commands on lines of their own
 * so they can be copied whole; links stand alone on their lines, where mail clients make them clickable.
 */
export function ticketSummaryPlainText(summary: TicketSummary, w: TicketWords = ENGLISH_TICKET_WORDS): string {
  const lines = [`${w.troubleshooter}: ${oneLine(summary.troubleshooter)}`, ''];
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
      lines.push(`${w.fix}: ${oneLine(at.fix.title)}`);
      if (at.fix.steps) {
        for (const step of at.fix.steps) {
          lines.push(`  ${step.number}. ${oneLine(step.title)}`);
          for (const detail of step.details) lines.push(...detailLines(detail, w).map((line) => `     ${line}`));
        }
      } else {
        lines.push(`  ${w.stepsInArticle}`);
      }
      lines.push('', `${w.fixInArticle}${at.fix.articleTitle ? ` (${oneLine(at.fix.articleTitle)})` : ''}:`, at.fix.url, '');
    }
  }
  lines.push(`${w.thisStep}:`, summary.stepUrl);
  return `${lines.join('\n')}\n`;
}

function detailLines(detail: FixStepDetail, w: TicketWords): string[] {
  if (detail.kind === 'registry') {
    const value = [`${w.registryKey}: ${detail.key}`, `${w.value}: ${detail.name} (${detail.type}) = ${detail.data}`];
    return detail.note ? [...value, `${w.note}: ${oneLine(detail.note)}`] : value;
  }
  return [`${detail.shellLabel}${detail.title ? `, ${detail.title}` : ''}:`, ...detail.code.split('\n').map((line) => `  ${line}`)];
}

/** Text from the tree (folded YAML) may hold line breaks; in a summary each item is one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
