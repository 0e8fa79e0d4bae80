import { describe, expect, it } from 'vitest';
import { de } from '@/lib/i18n/messages/de';
import { en } from '@/lib/i18n/messages/en';
import { ANSWERS_PROBLEM_PLACEHOLDERS, formatAnswersProblem, type AnswersProblem, type AnswersProblemKey } from '@/lib/wizard/answers-problem';
import { navigationProblem, type NavigationError } from '@/lib/wizard/navigate';

/** One problem of each kind, with the parameters lib/wizard gives it. */
const EVERY_PROBLEM: Record<AnswersProblemKey, AnswersProblem> = {
  malformed: { key: 'malformed', params: { answers: 'nocolon, a:b:c' } },
  unknownStep: { key: 'unknownStep', params: { step: 'no-such-step' } },
  leadElsewhere: { key: 'leadElsewhere' },
  otherVersion: { key: 'otherVersion' },
  brokenLink: navigationProblem({ kind: 'missing-node', nodeId: 'gone-step' }),
  unknownQuestion: navigationProblem({ kind: 'unknown-question', questionId: 'which-os' }),
  outOfOrder: navigationProblem({ kind: 'unexpected-question', questionId: 'can-reach-dc', expectedQuestionId: 'which-browsers' }),
  unknownAnswer: navigationProblem({ kind: 'unknown-option', questionId: 'which-browsers', optionId: 'made-up' }),
  tooManyAnswers: navigationProblem({ kind: 'already-finished', outcomeId: 'fix-network' }),
  notAnswered: navigationProblem({ kind: 'not-answered', questionId: 'which-browsers' }),
};

describe('why a link’s answers cannot be used', () => {
  it('says each problem in English and in German, every parameter filled in', () => {
    expect(Object.keys(EVERY_PROBLEM).sort()).toEqual(Object.keys(en.AnswersProblem).sort());
    for (const [key, problem] of Object.entries(EVERY_PROBLEM)) {
      expect(problem.key).toBe(key);
      const english = formatAnswersProblem(problem, en.AnswersProblem);
      const german = formatAnswersProblem(problem, de.AnswersProblem);
      for (const text of [english, german]) {
        expect(text, key).not.toMatch(/[{}]/);
        for (const value of Object.values(problem.params ?? {})) expect(text, key).toContain(value);
      }
      expect(german, key).not.toBe(english);
      // English is the default, for tests and logs.
      expect(formatAnswersProblem(problem)).toBe(english);
    }
    expect(formatAnswersProblem(EVERY_PROBLEM.unknownAnswer, de.AnswersProblem)).toBe('Unbekannte Antwort „made-up“ auf die Frage „which-browsers“');
    expect(formatAnswersProblem(EVERY_PROBLEM.unknownAnswer)).toBe('Unknown answer “made-up” to question “which-browsers”');
  });

  it('names every kind of navigation error', () => {
    const errors: NavigationError[] = [
      { kind: 'session-mismatch', treeId: 't', version: 1, expectedTreeId: 't', expectedVersion: 2 },
      { kind: 'missing-node', nodeId: 'x' },
      { kind: 'unknown-question', questionId: 'x' },
      { kind: 'unexpected-question', questionId: 'x', expectedQuestionId: 'y' },
      { kind: 'unknown-option', questionId: 'x', optionId: 'y' },
      { kind: 'already-finished', outcomeId: 'x' },
      { kind: 'not-answered', questionId: 'x' },
    ];
    expect(new Set(errors.map((error) => navigationProblem(error).key)).size).toBe(errors.length);
  });

  it('puts a value holding braces in as it is', () => {
    expect(formatAnswersProblem({ key: 'unknownQuestion', params: { question: '{answer}' } }, de.AnswersProblem)).toBe('Unbekannte Frage „{answer}“');
  });

  it('gives the server’s translator a placeholder for every parameter of every message', () => {
    const names = new Set(Object.values(en.AnswersProblem).flatMap((message) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1])));
    expect(new Set(Object.keys(ANSWERS_PROBLEM_PLACEHOLDERS))).toEqual(names);
    for (const [name, placeholder] of Object.entries(ANSWERS_PROBLEM_PLACEHOLDERS)) expect(placeholder).toBe(`{${name}}`);
  });
});
