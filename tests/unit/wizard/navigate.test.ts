import { formatAnswersProblem } from '@/lib/wizard/answers-problem';
import { describe, expect, it } from 'vitest';
import {
  allPaths,
  answer,
  changeAnswer,
  currentNode,
  navigationProblem,
  goBack,
  progress,
  replayAnswers,
  shortestPath,
  startSession,
} from '@/lib/wizard/navigate';
import type { WizardTree } from '@/lib/wizard/schema';
import { wizardSessionSchema, type WizardSession } from '@/lib/wizard/session';
import { loadTree } from './load-fixture';

function tree(): WizardTree {
  return loadTree('windows-auth-login').tree;
}

/** Answers in order, failing the test with the navigation error if one does not apply. */
function answered(t: WizardTree, ...optionIds: string[]): WizardSession {
  return optionIds.reduce((session, optionId) => {
    const result = answer(t, session, optionId);
    if (!result.ok) throw new Error(formatAnswersProblem(navigationProblem(result.error)));
    return result.session;
  }, startSession(t));
}

function nodeIdOf(t: WizardTree, session: WizardSession): string | undefined {
  const result = currentNode(t, session);
  return result.ok ? result.node.id : undefined;
}

describe('startSession and currentNode', () => {
  it('starts at the start node with no answers, stamped with the tree version', () => {
    const t = tree();
    expect(startSession(t)).toEqual({ treeId: 'windows-auth-login', version: 2, answers: [] });
    expect(nodeIdOf(t, startSession(t))).toBe('which-browsers');
  });

  it('refuses a session saved for another version of the tree', () => {
    const t = tree();
    const stale = { ...startSession(t), version: 1 };
    const result = currentNode(t, stale);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'session-mismatch', treeId: 'windows-auth-login', version: 1, expectedTreeId: 'windows-auth-login', expectedVersion: 2 },
    });
    expect(result.ok ? '' : formatAnswersProblem(navigationProblem(result.error))).toBe(
      'These saved answers belong to a different version of this troubleshooter',
    );
  });
});

describe('answer', () => {
  it('records the answer and returns the node it leads to, leaving the old session untouched', () => {
    const t = tree();
    const start = startSession(t);
    const result = answer(t, start, 'only-ie-edge');
    expect(result.ok && result.node.id).toBe('can-reach-dc');
    expect(result.ok && result.session.answers).toEqual([{ questionId: 'which-browsers', optionId: 'only-ie-edge' }]);
    expect(start.answers).toEqual([]);
  });

  it('rejects an option the current question does not have', () => {
    const t = tree();
    expect(answer(t, startSession(t), 'reachable')).toEqual({
      ok: false,
      error: { kind: 'unknown-option', questionId: 'which-browsers', optionId: 'reachable' },
    });
  });

  it('rejects answering once an outcome is reached', () => {
    const t = tree();
    const done = answered(t, 'only-ie-edge', 'unreachable');
    expect(nodeIdOf(t, done)).toBe('fix-network');
    expect(answer(t, done, 'anything')).toEqual({ ok: false, error: { kind: 'already-finished', outcomeId: 'fix-network' } });
  });
});

describe('goBack', () => {
  it('drops the last answer and is a no-op at the start', () => {
    const t = tree();
    const session = answered(t, 'only-ie-edge', 'reachable');
    expect(nodeIdOf(t, goBack(session))).toBe('can-reach-dc');
    expect(nodeIdOf(t, goBack(goBack(session)))).toBe('which-browsers');
    const start = startSession(t);
    expect(goBack(start)).toBe(start);
  });
});

describe('changeAnswer', () => {
  it('drops that answer and every later one', () => {
    const t = tree();
    const session = answered(t, 'only-ie-edge', 'reachable', 'disabled');
    const result = changeAnswer(t, session, 'can-reach-dc');
    expect(result.ok && result.session.answers).toEqual([{ questionId: 'which-browsers', optionId: 'only-ie-edge' }]);
    expect(result.ok && nodeIdOf(t, result.session)).toBe('can-reach-dc');
  });

  it('refuses a question that was not answered', () => {
    const t = tree();
    expect(changeAnswer(t, answered(t, 'all-browsers'), 'can-reach-dc')).toEqual({
      ok: false,
      error: { kind: 'not-answered', questionId: 'can-reach-dc' },
    });
  });
});

describe('replayAnswers', () => {
  it('lists each question with the option picked, for the summary', () => {
    const t = tree();
    const result = replayAnswers(t, answered(t, 'only-ie-edge', 'reachable', 'not-sure').answers);
    expect(result.ok && result.trail.map(({ question, option }) => `${question.prompt} → ${option.label}`)).toEqual([
      'In which browsers does sign-in fail? → Only in Internet Explorer or Edge',
      'Can the workstation reach a domain controller? → Yes, nltest finds one',
      "Is Negotiate turned on for this site on the workstation? → I don't know",
    ]);
  });
});

describe('progress', () => {
  it('counts the question and the longest chain of questions still possible', () => {
    const t = tree();
    const at = (...options: string[]) => {
      const result = progress(t, answered(t, ...options));
      return result.ok ? result.progress : undefined;
    };
    expect(at()).toEqual({ questionNumber: 1, maxQuestions: 4, done: false });
    expect(at('only-ie-edge')).toEqual({ questionNumber: 2, maxQuestions: 4, done: false });
    expect(at('all-browsers')).toEqual({ questionNumber: 2, maxQuestions: 2, done: false });
    expect(at('only-ie-edge', 'reachable', 'enabled')).toEqual({ questionNumber: 3, maxQuestions: 3, done: true });
  });
});

describe('replayAnswers', () => {
  it('stops at answers that skip, invent or over-run questions, keeping the valid steps', () => {
    const t = tree();
    const skip = replayAnswers(t, [{ questionId: 'can-reach-dc', optionId: 'reachable' }]);
    expect(skip).toEqual({
      ok: false,
      trail: [],
      error: { kind: 'unexpected-question', questionId: 'can-reach-dc', expectedQuestionId: 'which-browsers' },
    });
    const invented = replayAnswers(t, [{ questionId: 'which-os', optionId: 'windows' }]);
    expect(invented.ok ? undefined : invented.error).toEqual({ kind: 'unknown-question', questionId: 'which-os' });
    const overrun = replayAnswers(t, [
      { questionId: 'which-browsers', optionId: 'only-ie-edge' },
      { questionId: 'can-reach-dc', optionId: 'unreachable' },
      { questionId: 'fix-network', optionId: 'again' },
    ]);
    expect(overrun.ok ? undefined : overrun.error).toEqual({ kind: 'already-finished', outcomeId: 'fix-network' });
    expect(overrun.trail.map((step) => step.option.id)).toEqual(['only-ie-edge', 'unreachable']);
  });
});

describe('allPaths', () => {
  it('lists every way from the start to an outcome, in option order', () => {
    const paths = allPaths(tree());
    expect(paths.map((path) => `${path.answers.map((a) => a.optionId).join(' ')} ⇒ ${path.outcomeId}`)).toEqual([
      'only-ie-edge reachable enabled ⇒ fix-client-registry',
      'only-ie-edge reachable not-sure ⇒ fix-client-registry',
      'only-ie-edge reachable disabled negotiate-and-ntlm ⇒ fix-server-providers',
      'only-ie-edge reachable disabled ntlm-only ⇒ escalate',
      'only-ie-edge unreachable ⇒ fix-network',
      'all-browsers negotiate-and-ntlm ⇒ fix-server-providers',
      'all-browsers ntlm-only ⇒ escalate',
    ]);
  });

  it('ends even in a tree with a cycle', () => {
    const t = loadTree('cycle').tree;
    expect(allPaths(t)).toEqual([
      {
        outcomeId: 'done',
        answers: [
          { questionId: 'first', optionId: 'onward' },
          { questionId: 'second', optionId: 'finish' },
        ],
      },
    ]);
  });
});

describe('shortestPath', () => {
  it('finds the fewest answers to a node, [] for the start and null for no node', () => {
    const t = tree();
    expect(shortestPath(t, 'which-browsers')).toEqual([]);
    expect(shortestPath(t, 'escalate')).toEqual([
      { questionId: 'which-browsers', optionId: 'all-browsers' },
      { questionId: 'server-providers', optionId: 'ntlm-only' },
    ]);
    expect(shortestPath(t, 'no-such-step')).toBeNull();
    expect(shortestPath(loadTree('unreachable-node').tree, 'orphan')).toBeNull();
  });
});

describe('wizardSessionSchema', () => {
  it('accepts a stored session and rejects a tampered one', () => {
    const t = tree();
    const stored = JSON.parse(JSON.stringify(answered(t, 'all-browsers'))) as unknown;
    expect(wizardSessionSchema.safeParse(stored).success).toBe(true);
    expect(wizardSessionSchema.safeParse({ treeId: 'x', version: 0, answers: [] }).success).toBe(false);
    expect(wizardSessionSchema.safeParse({ treeId: 'x', version: 1, answers: [{ questionId: 'A B' }] }).success).toBe(false);
  });
});
