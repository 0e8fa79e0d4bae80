/**
 * One line of a written summary. A line whose words are in another language than the summary's
 * (the English steps of an untranslated fix in a German summary) carries that language, so the
 * preview can mark it `lang` for screen readers and translators; the copied text is the same.
 */
export type TicketLine = string | { text: string; lang: string };

/** The line as it is copied. */
export function lineText(line: TicketLine): string {
  return typeof line === 'string' ? line : line.text;
}

/** The summary as it is copied: its lines, each ended by a newline. */
export function joinTicketLines(lines: readonly TicketLine[]): string {
  return `${lines.map(lineText).join('\n')}\n`;
}

/** `text` marked as being in `lang`, or left as it is when `lang` is undefined (the summary's own language). */
export function inLanguage(lang: string | undefined, text: string): TicketLine {
  return lang === undefined ? text : { text, lang };
}

/** The line with `prefix` in front (an indent, a list marker), keeping its language. */
export function indentLine(prefix: string, line: TicketLine): TicketLine {
  return typeof line === 'string' ? `${prefix}${line}` : { ...line, text: `${prefix}${line.text}` };
}
