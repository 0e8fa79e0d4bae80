import type { FixStepDetail } from '../fix-procedure';
import { inLanguage, joinTicketLines, type TicketLine } from './lines';
import type { TicketSummary } from './model';
import { commandTitleOf, ENGLISH_TICKET_WORDS, type TicketWords } from './words';

/**
 * Jira wiki markup (Jira Server and Data Center, and Jira Cloud's wiki renderer). Values and
 * commands go into `{noformat}` blocks, the one place Jira shows text exactly as written: a
 * backslash elsewhere would start an escape or, doubled, a line break, and registry keys are full
 * of them. A block ends a Jira list, so steps are numbered in their text rather than with `#`.
 */
export function ticketSummaryJira(summary: TicketSummary, words: TicketWords = ENGLISH_TICKET_WORDS): string {
  return joinTicketLines(jiraLines(summary, words));
}

/** The Jira summary line by line, lines of an untranslated fix marked with their language. */
export function jiraLines(summary: TicketSummary, words: TicketWords = ENGLISH_TICKET_WORDS): TicketLine[] {
  const w = Object.fromEntries(Object.entries(words).map(([key, value]) => [key, escapeJira(value)])) as unknown as TicketWords;
  const lines: TicketLine[] = [`*${w.troubleshooter}:* ${escapeJira(summary.troubleshooter)}`, ''];
  const { at } = summary;
  lines.push(at.kind === 'question' ? `*${w.answersSoFar}:*` : `*${w.answers}:*`);
  if (summary.answers.length === 0) lines.push(w.none);
  for (const given of summary.answers) lines.push(`# ${escapeJira(given.question)} — ${escapeJira(given.answer)}`);
  lines.push('');
  if (at.kind === 'question') {
    lines.push(`*${w.stoppedAt}:* ${escapeJira(at.prompt)}`, '');
  } else {
    lines.push(`*${w.outcome}:* ${escapeJira(at.title)}`, escapeJira(at.summary), '');
    if (at.fix) {
      const foreign = at.fix.fallback?.lang;
      lines.push(inLanguage(foreign, `*${w.fix}: ${escapeJira(at.fix.title)}*`));
      if (at.fix.fallback) lines.push(`_${at.fix.fallback.reason === 'stale' ? w.stepsInEnglishStale : w.stepsInEnglishMissing}_`);
      if (at.fix.steps) {
        for (const step of at.fix.steps) {
          lines.push(inLanguage(foreign, `*${w.step} ${step.number}:* ${link(step.title, step.url)}`));
          for (const detail of step.details) lines.push(...detailLines(detail, words, w, foreign));
        }
      } else {
        lines.push(w.stepsInArticle);
      }
      lines.push('', inLanguage(foreign, `*${w.fixInArticle}:* ${at.fix.articleTitle ? link(at.fix.articleTitle, at.fix.url) : at.fix.url}`));
    }
  }
  lines.push(`*${w.thisStep}:* ${summary.stepUrl}`);
  return lines;
}

/** `w` is the words escaped for running text; inside `{noformat}` they are written as they are (`words`). */
function detailLines(detail: FixStepDetail, words: TicketWords, w: TicketWords, foreign: string | undefined): TicketLine[] {
  if (detail.kind === 'registry') {
    const fields = [detail.key, detail.name, detail.type, detail.data];
    const labels = [words.key, words.name, words.type, words.data].map((label) => `${label}:`);
    // Values line up in one column, as the block is shown in a fixed-width font.
    const width = Math.max(...labels.map((label) => label.length)) + 2;
    const value = [`${w.registryValue}:`, ...verbatim(labels.map((label, index) => `${label.padEnd(width)}${fields[index]}`).join('\n'))];
    return detail.note ? [...value, inLanguage(foreign, `_${w.note}:_ ${escapeJira(detail.note)}`)] : value;
  }
  const title = commandTitleOf(detail, words);
  const heading = `${escapeJira(detail.shellLabel)}${title ? `, ${escapeJira(title)}` : ''}:`;
  // An IIS change's title is in the summary's words; an author's title is the article's.
  return [detail.tool === undefined && title ? inLanguage(foreign, heading) : heading, ...verbatim(detail.code)];
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
