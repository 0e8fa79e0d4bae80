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
