import { jiraLines } from './jira';
import { joinTicketLines, type TicketLine } from './lines';
import { markdownLines } from './markdown';
import type { TicketSummary } from './model';
import type { TicketWords } from './words';
import { plainTextLines } from './plain-text';

/** The formats an agent can copy a summary in, each named by where it is pasted. */
export const TICKET_FORMATS = [
  { id: 'markdown', label: 'Markdown', pastedInto: 'Zendesk, GitHub, Teams', write: markdownLines },
  { id: 'jira', label: 'Jira wiki markup', pastedInto: 'Jira', write: jiraLines },
  { id: 'text', label: 'Plain text', pastedInto: 'ServiceNow, e-mail', write: plainTextLines },
] as const satisfies readonly { id: string; label: string; pastedInto: string; write: (summary: TicketSummary, words?: TicketWords) => TicketLine[] }[];

export type TicketFormat = (typeof TICKET_FORMATS)[number]['id'];

export const DEFAULT_TICKET_FORMAT: TicketFormat = 'markdown';

/** A stored or typed format id, checked: anything else (an old or edited value) reads as the default. */
export function parseTicketFormat(value: string | null | undefined): TicketFormat {
  return TICKET_FORMATS.find((format) => format.id === value)?.id ?? DEFAULT_TICKET_FORMAT;
}

/** The summary in the chosen format, with its fixed words in the page's language (English when not given). */
export function writeTicketSummary(summary: TicketSummary, format: TicketFormat, words?: TicketWords): string {
  return joinTicketLines(writeTicketSummaryLines(summary, format, words));
}

/** The same, line by line, lines in another language than the summary's marked (for the preview). */
export function writeTicketSummaryLines(summary: TicketSummary, format: TicketFormat, words?: TicketWords): TicketLine[] {
  const found = TICKET_FORMATS.find((candidate) => candidate.id === format) ?? TICKET_FORMATS[0];
  return found.write(summary, words);
}
