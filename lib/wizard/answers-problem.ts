import { ENGLISH_ANSWERS_PROBLEMS, type AnswersProblemKey } from '../i18n/messages/answers-problems-en';

export type { AnswersProblemKey };

/**
 * Why a link's answers cannot be used, as data: a message of the AnswersProblem catalogue and its
 * plain parameters, so every page says it in its own language (as /diagnose's findings do).
 */
export interface AnswersProblem {
  key: AnswersProblemKey;
  params?: Readonly<Record<string, string>>;
}

/** The AnswersProblem messages in one language, each parameter left as `{name}`. */
export type AnswersProblemWords = Readonly<Record<AnswersProblemKey, string>>;

/** Shorthand for a problem. */
export const answersProblem = (key: AnswersProblemKey, params?: AnswersProblem['params']): AnswersProblem => (params ? { key, params } : { key });

/**
 * A problem in words; English when no words are given (tests, logs). Parameters go in once each,
 * so an id a link spells with `{…}` in it stays as it is.
 */
export function formatAnswersProblem(problem: AnswersProblem, words: AnswersProblemWords = ENGLISH_ANSWERS_PROBLEMS): string {
  const params = problem.params ?? {};
  return words[problem.key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/**
 * Every parameter a problem message takes, as `{name}`: what the server's translator puts in so the
 * page fills in the values (tests/unit/wizard/answers-problem.test.ts holds it to the catalogue).
 */
export const ANSWERS_PROBLEM_PLACEHOLDERS = {
  answers: '{answers}',
  step: '{step}',
  question: '{question}',
  expected: '{expected}',
  answer: '{answer}',
  outcome: '{outcome}',
};
