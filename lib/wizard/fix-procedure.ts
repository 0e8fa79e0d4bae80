/**
 * An article's procedure as plain data: what a ticket needs to repeat its steps without the page.
 * The content pipeline builds it from the same syntax tree the article renders
 * (lib/content/remark-procedure-steps.ts); the step page fetches it as JSON for the ticket summary.
 */

/** One exact thing a step asks for, as the article shows it. */
export type FixStepDetail =
  /** `note` is the author's remark beside the value, such as "example data: use your own domain". */
  | { kind: 'registry'; key: string; name: string; type: string; data: string; note?: string }
  /**
   * `shell` is the author's id (`cmd`), `shellLabel` its name on the page ("Command Prompt"); `code`
   * may hold several lines. `tool` names the IIS tool of a generated change, whose title a summary
   * writes in its own language (`title` holds the English one).
   */
  | { kind: 'command'; shell: string; shellLabel: string; title?: string; tool?: string; code: string };

/** One numbered step: its title, its anchor in the article and the values and commands it holds. */
export interface FixStep {
  number: number;
  id: string;
  title: string;
  details: FixStepDetail[];
}

/** One `<Steps>` procedure. */
export interface ProcedureSteps {
  id: string;
  title: string;
  steps: FixStep[];
}

/**
 * Why a language's steps file holds the English steps: the article has no translation yet
 * (`missing`), or its translation was written for an older English text (`stale`), whose steps may
 * no longer be the ones to follow.
 */
export type FixProcedureFallback = 'missing' | 'stale';

/** A procedure with the article it is in: the JSON served at `fixStepsPath`. */
export interface FixProcedure extends ProcedureSteps {
  article: { slug: string; title: string };
  /** The language its words are in (`en` when absent, as in files written before translations). */
  language?: string;
  /** Set when the file of another language holds the English steps, and why. */
  fallback?: FixProcedureFallback;
}

/** Whether fetched JSON has the shape of a {@link FixProcedure}: a stale or broken response is ignored, never rendered. */
export function isFixProcedure(value: unknown): value is FixProcedure {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<FixProcedure>;
  return (
    typeof candidate.id === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.article?.slug === 'string' &&
    typeof candidate.article.title === 'string' &&
    (candidate.language === undefined || typeof candidate.language === 'string') &&
    (candidate.fallback === undefined || candidate.fallback === 'missing' || candidate.fallback === 'stale') &&
    Array.isArray(candidate.steps) &&
    candidate.steps.every((step) => typeof step?.number === 'number' && typeof step.title === 'string' && typeof step.id === 'string' && Array.isArray(step.details))
  );
}
