import type { FixStepDetail } from '../fix-procedure';
import type { TicketSummary } from './model';

/**
 * Jira wiki markup (Jira Server and Data Center, and Jira Cloud's wiki renderer). Values and
 * commands go into `{noformat}` blocks, the one place Jira shows text exactly as written: a
 * backslash elsewhere would start an escape or, doubled, a line break, and registry keys are full
 * of them. A block ends a Jira list, so steps are numbered in their text rather than with `#`.
 */
export function ticketSummaryJira(summary: TicketSummary): string {
  const lines = [`*Troubleshooter:* ${escapeJira(summary.troubleshooter)}`, ''];
  const { at } = summary;
  lines.push(at.kind === 'question' ? '*Answers so far:*' : '*Answers:*');
  if (summary.answers.length === 0) lines.push('(none)');
  for (const given of summary.answers) lines.push(`# ${escapeJira(given.question)} — ${escapeJira(given.answer)}`);
  lines.push('');
  if (at.kind === 'question') {
    lines.push(`*Stopped at the question:* ${escapeJira(at.prompt)}`, '');
  } else {
    lines.push(`*Outcome:* ${escapeJira(at.title)}`, escapeJira(at.summary), '');
    if (at.fix) {
      lines.push(`*Fix: ${escapeJira(at.fix.title)}*`);
      if (at.fix.steps) {
        for (const step of at.fix.steps) {
          lines.push(`*Step ${step.number}:* ${link(step.title, step.url)}`);
          for (const detail of step.details) lines.push(...detailLines(detail));
        }
      } else {
        lines.push('The steps are in the article linked below.');
      }
      lines.push('', `*Fix in the article:* ${at.fix.articleTitle ? link(at.fix.articleTitle, at.fix.url) : at.fix.url}`);
    }
  }
  lines.push(`*This step of the troubleshooter:* ${summary.stepUrl}`);
  return `${lines.join('\n')}\n`;
}

function detailLines(detail: FixStepDetail): string[] {
  if (detail.kind === 'registry') {
    const value = ['Registry value:', ...verbatim([`Key:   ${detail.key}`, `Name:  ${detail.name}`, `Type:  ${detail.type}`, `Data:  ${detail.data}`].join('\n'))];
    return detail.note ? [...value, `_Note:_ ${escapeJira(detail.note)}`] : value;
  }
  return [`${escapeJira(detail.shellLabel)}${detail.title ? `, ${escapeJira(detail.title)}` : ''}:`, ...verbatim(detail.code)];
}

/** Text shown as written; `{code}` takes over in the unlikely case the text holds `{noformat}` itself. */
function verbatim(text: string): string[] {
  const macro = text.includes('{noformat}') ? '{code}' : '{noformat}';
  return [macro, ...text.split('\n'), macro];
}

/** `[text|url]`: the link text escaped like any text (a `|` or `]` in it would end it early). */
function link(text: string, url: string): string {
  return `[${escapeJira(text)}|${url}]`;
}

/**
 * Escapes Jira's markup characters in running text. Braces, brackets, pipes, `!`, `*` and `_` always
 * (macros, links, tables, images, emphasis); `-`, `+`, `^` and `~` only at the edge of a word, the
 * only place they format, so "sign-in" stays readable; `??` (a citation), and `#` opening a line
 * (a list). A backslash becomes an HTML entity: escaped with another backslash it would be a line break.
 */
export function escapeJira(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\\/g, '&#92;')
    .replace(/[{}[\]|!*_]/g, '\\$&')
    .replace(/(^|\s)([-+^~])|([-+^~])(?=\s|$)/g, (_match, space = '', opening, closing) => `${space}\\${opening ?? closing}`)
    .replace(/\?\?/g, '?\\?')
    .replace(/^#/, '\\#');
}
