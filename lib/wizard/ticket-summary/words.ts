/**
 * The fixed words of a ticket summary (labels, not content), given to the formatters so a summary
 * is written in the page's language. The formatters add the punctuation their format needs.
 */
export interface TicketWords {
  troubleshooter: string;
  answers: string;
  answersSoFar: string;
  none: string;
  stoppedAt: string;
  outcome: string;
  fix: string;
  /** The fix's title when its steps could not be loaded. */
  howToFix: string;
  stepsInArticle: string;
  /** Above English steps in a summary in another language: the article is not translated yet. */
  stepsInEnglishMissing: string;
  /** Above English steps in a summary in another language: its translation is of an older English text. */
  stepsInEnglishStale: string;
  /** The title of an IIS tool's command: "{tool}, make the change". */
  makeChange: string;
  fixInArticle: string;
  thisStep: string;
  /** Jira numbers steps in their text: "Step 2". */
  step: string;
  registryValue: string;
  registryKey: string;
  value: string;
  key: string;
  name: string;
  type: string;
  data: string;
  note: string;
}

/**
 * The English words: the catalogue's `TicketSummary` namespace (lib/i18n/messages/en.ts) is this
 * object, so English is written once, and a summary built without words (tests, the CLI) reads as before.
 */
export const ENGLISH_TICKET_WORDS = {
  troubleshooter: 'Troubleshooter',
  answers: 'Answers',
  answersSoFar: 'Answers so far',
  none: '(none)',
  stoppedAt: 'Stopped at the question',
  outcome: 'Outcome',
  fix: 'Fix',
  howToFix: 'How to fix it',
  stepsInArticle: 'The steps are in the article linked below.',
  stepsInEnglishMissing: 'The steps are in English: this article has not been translated yet.',
  stepsInEnglishStale: 'The steps are in English: the translation of this article is older than the English text and may be out of date.',
  makeChange: '{tool}, make the change',
  fixInArticle: 'Fix in the article',
  thisStep: 'This step of the troubleshooter',
  step: 'Step',
  registryValue: 'Registry value',
  registryKey: 'Registry key',
  value: 'Value',
  key: 'Key',
  name: 'Name',
  type: 'Type',
  data: 'Data',
  note: 'Note',
} satisfies TicketWords;

/** A command's title in the summary's words: an IIS tool's change is named in them, an author's title is kept. */
export function commandTitleOf(detail: { title?: string; tool?: string }, words: TicketWords): string | undefined {
  return detail.tool === undefined ? detail.title : words.makeChange.replace('{tool}', detail.tool);
}
