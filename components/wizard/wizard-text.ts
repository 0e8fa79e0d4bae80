import type { LinkedText, PluralText } from '@/lib/i18n/client-text';
import type { CopyWords } from '@/lib/i18n/messages/copy-words';
import type { AnswersProblemWords } from '@/lib/wizard/answers-problem';
import type { TicketFormat } from '@/lib/wizard/ticket-summary/formats';
import type { TicketWords } from '@/lib/wizard/ticket-summary/words';

/**
 * The words of a troubleshooter step's islands in the page's language, translated by the server
 * (components/wizard/wizard-words.ts) and given to them through WizardStepProvider: the islands
 * ship no translations. Templates hold `{name}` for what only the browser knows.
 */
export interface WizardWords {
  answersLabel: string;
  /** `{number}`, `{max}`. */
  progressQuestion: string;
  progressResult: PluralText;
  bare: LinkedText;
  invalidHeading: string;
  /** `{reason}` in its first part: one of `answersProblems`, filled in. */
  invalid: LinkedText;
  /** Why a link's answers cannot be used, by message id; parameters left as `{name}`. */
  answersProblems: AnswersProblemWords;
  mayHaveChanged: LinkedText;
  restart: string;
  navigation: string;
  yourAnswers: string;
  noAnswersYet: string;
  change: string;
  /** `{question}`. */
  changeLabel: string;
  currentStep: string;
  back: string;
  stepLinkHeading: string;
  stepLinkHint: string;
  copyStepLink: string;
  copy: CopyWords;
  ticket: TicketPanelWords;
}

/** The ticket summary panel's words, and the summary's own. */
export interface TicketPanelWords {
  heading: string;
  atOutcome: string;
  atQuestion: string;
  format: string;
  formats: Record<TicketFormat, { label: string; pastedInto: string }>;
  preparing: string;
  /** `{format}`. */
  copyAs: string;
  copy: string;
  /** `{format}`. */
  previewAs: string;
  summary: TicketWords;
}
