import type { FixStepDetail } from '../fix-procedure';
import { indentLine, inLanguage, joinTicketLines, type TicketLine } from './lines';
import type { TicketSummary } from './model';
import { commandTitleOf, ENGLISH_TICKET_WORDS, type TicketWords } from './words';

/**
 * Markdown (CommonMark, as Zendesk, GitHub and Teams read it): text escaped so a label never turns
 * into formatting, values in inline code and commands in fenced blocks whose fences are longer than
 * any backtick run inside (PowerShell's escape character is the backtick).
 */
export function ticketSummaryMarkdown(summary: TicketSummary, words: TicketWords = ENGLISH_TICKET_WORDS): string {
  return joinTicketLines(markdownLines(summary, words));
}

/** The Markdown summary line by line, lines of an untranslated fix marked with their language. */
export function markdownLines(summary: TicketSummary, words: TicketWords = ENGLISH_TICKET_WORDS): TicketLine[] {
  const w = escapedWords(words);
  const lines: TicketLine[] = [`**${w.troubleshooter}:** ${escapeMarkdown(summary.troubleshooter)}`, ''];
  const { at } = summary;
  lines.push(at.kind === 'question' ? `**${w.answersSoFar}:**` : `**${w.answers}:**`);
  if (summary.answers.length === 0) lines.push(`- ${w.none}`);
  summary.answers.forEach((given, index) => lines.push(`${index + 1}. ${escapeMarkdown(given.question)} — ${escapeMarkdown(given.answer)}`));
  lines.push('');
  if (at.kind === 'question') {
    lines.push(`**${w.stoppedAt}:** ${escapeMarkdown(at.prompt)}`, '');
  } else {
    lines.push(`**${w.outcome}:** ${escapeMarkdown(at.title)}`, '', escapeMarkdown(at.summary), '');
    if (at.fix) {
      const foreign = at.fix.fallback?.lang;
      lines.push(inLanguage(foreign, `**${w.fix}: ${escapeMarkdown(at.fix.title)}**`), '');
      if (at.fix.fallback) lines.push(`_${at.fix.fallback.reason === 'stale' ? w.stepsInEnglishStale : w.stepsInEnglishMissing}_`, '');
      if (at.fix.steps) {
        for (const step of at.fix.steps) {
          lines.push(inLanguage(foreign, `${step.number}. [${escapeMarkdown(step.title)}](${step.url})`));
          for (const detail of step.details) lines.push(...detailLines(detail, words, w, foreign).map((line) => (line === '' ? '' : indentLine('   ', line))));
        }
      } else {
        lines.push(w.stepsInArticle);
      }
      lines.push('', inLanguage(foreign, `**${w.fixInArticle}:** ${at.fix.articleTitle ? `[${escapeMarkdown(at.fix.articleTitle)}](${at.fix.url})` : at.fix.url}`), '');
    }
  }
  lines.push(`**${w.thisStep}:** ${summary.stepUrl}`);
  return lines;
}

/** A step's value or command as a nested bullet (indented under its step by the caller). */
/** `w` is the words escaped for running text, `words` as they are (a title is escaped once it is whole). */
function detailLines(detail: FixStepDetail, words: TicketWords, w: TicketWords, foreign: string | undefined): TicketLine[] {
  if (detail.kind === 'registry') {
    const note = detail.note ? ` — ${escapeMarkdown(detail.note)}` : '';
    return [inLanguage(note ? foreign : undefined, `- ${w.registryValue} ${inlineCode(detail.name)} (${inlineCode(detail.type)}) = ${inlineCode(detail.data)} in ${inlineCode(detail.key)}${note}`)];
  }
  const title = commandTitleOf(detail, words);
  const heading = `- ${escapeMarkdown(detail.shellLabel)}${title ? `, ${escapeMarkdown(title)}` : ''}:`;
  const fence = '`'.repeat(Math.max(3, longestRun(detail.code, '`') + 1));
  // Indented to the bullet's content, so the block belongs to the bullet.
  return [detail.tool === undefined && title ? inLanguage(foreign, heading) : heading, '', ...[`${fence}${detail.shell}`, ...detail.code.split('\n'), fence].map((line) => `  ${line}`), ''];
}

/** The words as Markdown text: a translation's `*` or `_` must not turn into emphasis. */
function escapedWords(words: TicketWords): TicketWords {
  return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, escapeMarkdown(value)])) as unknown as TicketWords;
}

/** Code spans may not hold their own delimiter: a longer run of backticks opens them, padded when the code touches one. */
export function inlineCode(text: string): string {
  const fence = '`'.repeat(longestRun(text, '`') + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const found of text) {
    current = found === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

/**
 * Backslash-escapes what Markdown may read as syntax in running text: emphasis, code, links, HTML,
 * table cells, and a block marker at the start (`#`, `-`, `1.`), for text that may open a line.
 * Parentheses and dots elsewhere stay as they are: without a `[` or a line start they mean nothing.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^([#+=>-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
