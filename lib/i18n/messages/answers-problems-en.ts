/**
 * Why a step link's answers cannot be used (namespace AnswersProblem): lib/wizard/url.ts and
 * navigate.ts say it as one of these keys with plain parameters (ids as the link spells them), and
 * the step page puts it into its notice in its own language. Each is the first sentence of the
 * notice (Wizard.invalid adds the full stop). Ids are quoted with typographic quotes: a straight
 * apostrophe before `{` would start a quoted literal in ICU.
 */
export const ENGLISH_ANSWERS_PROBLEMS = {
  malformed: 'This link has malformed answers: {answers}',
  unknownStep: 'This troubleshooter has no step “{step}”',
  leadElsewhere: 'These answers lead to a different step',
  otherVersion: 'These saved answers belong to a different version of this troubleshooter',
  brokenLink: 'This troubleshooter has a broken link to step “{step}”',
  unknownQuestion: 'Unknown question “{question}”',
  outOfOrder: 'The answer to “{question}” is out of order: the question at that point is “{expected}”',
  unknownAnswer: 'Unknown answer “{answer}” to question “{question}”',
  tooManyAnswers: 'There are more answers than questions: the answers already end at “{outcome}”',
  notAnswered: 'Question “{question}” has not been answered',
};

/** The id of a reason a link's answers cannot be used. */
export type AnswersProblemKey = keyof typeof ENGLISH_ANSWERS_PROBLEMS;
