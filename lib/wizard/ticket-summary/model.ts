import { articlePath, localizePath } from '@/lib/paths';
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { FixProcedure, FixProcedureFallback, FixStepDetail } from '../fix-procedure';
import type { TrailStep } from '../navigate';
import type { WizardNode, WizardTree } from '../schema';
import { ENGLISH_TICKET_WORDS, type TicketWords } from './words';

/** One numbered step of the fix, with its own link into the article. */
export interface TicketFixStep {
  number: number;
  title: string;
  url: string;
  details: FixStepDetail[];
}

/** The fix of an outcome: its procedure's steps when they could be loaded, and always its link. */
export interface TicketFix {
  /** The procedure's title, or a neutral one when its steps could not be loaded. */
  title: string;
  articleTitle?: string;
  url: string;
  /** Undefined when the steps could not be loaded: the summary then points at the article for them. */
  steps?: TicketFixStep[];
  /** Set when the steps are in English in a summary in another language: their language and why. */
  fallback?: { lang: string; reason: FixProcedureFallback };
}

/** Where the troubleshooter stands: still at a question (an agent escalating mid-way) or at an outcome. */
export type TicketPosition =
  | { kind: 'question'; prompt: string }
  | { kind: 'outcome'; title: string; summary: string; fix?: TicketFix };

/** Everything a ticket summary says, format-free: each formatter writes this one model. Links are absolute. */
export interface TicketSummary {
  troubleshooter: string;
  answers: { question: string; answer: string }[];
  at: TicketPosition;
  stepUrl: string;
}

/** What the step page knows when it builds a summary. */
export interface TicketSummaryInput {
  /** Only its title is written: a step the server rendered passes that alone, not the whole tree. */
  tree: Pick<WizardTree, 'title'>;
  trail: readonly TrailStep[];
  node: WizardNode;
  /** The absolute link to this step with its answers. */
  stepUrl: string;
  /** The site's origin (`https://fixpath.example`), for the fix's links. */
  origin: string;
  /** The fix's steps, once fetched; undefined when they are not available. */
  procedure?: FixProcedure;
  /** The summary's fixed words in the page's language; English when not given. */
  words?: TicketWords;
  /** The page's language, which the links into the article keep; English when not given. */
  language?: SiteLanguage;
}

/** The summary of a session: the troubleshooter, every answer in order, where it ended, and the links. */
export function ticketSummaryOf({ tree, trail, node, stepUrl, origin, procedure, words = ENGLISH_TICKET_WORDS, language = SOURCE_LANGUAGE }: TicketSummaryInput): TicketSummary {
  const answers = trail.map((step) => ({ question: step.question.prompt, answer: step.option.label }));
  const at: TicketPosition =
    node.type === 'question'
      ? { kind: 'question', prompt: node.prompt }
      : { kind: 'outcome', title: node.title, summary: node.summary, ...(node.fix ? { fix: fixOf(node.fix, origin, procedure, words.howToFix, language) } : {}) };
  return { troubleshooter: tree.title, answers, at, stepUrl };
}

function fixOf(fix: { article: string; procedure: string }, origin: string, procedure: FixProcedure | undefined, howToFix: string, language: SiteLanguage): TicketFix {
  const linkTo = (anchor: string) => `${origin}${localizePath(language, articlePath(fix.article, anchor))}`;
  const url = linkTo(fix.procedure);
  // Only the procedure the outcome names: a response for another one (a stale cache) is not used.
  if (!procedure || procedure.article.slug !== fix.article || procedure.id !== fix.procedure) return { title: howToFix, url };
  return {
    title: procedure.title,
    articleTitle: procedure.article.title,
    url,
    steps: procedure.steps.map((step) => ({ number: step.number, title: step.title, url: linkTo(step.id), details: step.details })),
    ...(procedure.fallback ? { fallback: { lang: procedure.language ?? SOURCE_LANGUAGE, reason: procedure.fallback } } : {}),
  };
}
