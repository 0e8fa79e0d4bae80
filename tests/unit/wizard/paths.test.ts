import { formatAnswersProblem } from '@/lib/wizard/answers-problem';
import { describe, expect, it } from 'vitest';
import { allPaths, answer, currentNode, navigationProblem, shortestPath, startSession } from '@/lib/wizard/navigate';
import type { WizardTree } from '@/lib/wizard/schema';
import type { WizardAnswer, WizardSession } from '@/lib/wizard/session';
import { checkAnswersLeadTo } from '@/lib/wizard/url';
import { fixtureAndPublishedTrees } from './load-fixture';

const trees = fixtureAndPublishedTrees();

function replay(tree: WizardTree, answers: readonly WizardAnswer[]): WizardSession {
  return answers.reduce((session, given) => {
    const result = answer(tree, session, given.optionId);
    if (!result.ok) throw new Error(formatAnswersProblem(navigationProblem(result.error)));
    return result.session;
  }, startSession(tree));
}

describe.each(trees)('paths through %s', (_file, load) => {
  it('replays every path from allPaths to its outcome, each one reachable by link', () => {
    const tree = load();
    const paths = allPaths(tree);
    for (const path of paths) {
      const session = replay(tree, path.answers);
      const node = currentNode(tree, session);
      expect(node.ok && node.node).toMatchObject({ id: path.outcomeId, type: 'outcome' });
      expect(checkAnswersLeadTo(tree, path.outcomeId, path.answers).ok).toBe(true);
    }
    const outcomes = tree.nodes.filter((node) => node.type === 'outcome').map((node) => node.id);
    expect(new Set(paths.map((path) => path.outcomeId))).toEqual(new Set(outcomes));
  });

  it('reaches every node by its shortest path', () => {
    const tree = load();
    for (const node of tree.nodes) {
      const answers = shortestPath(tree, node.id);
      expect(answers, `no path to ${node.id}`).not.toBeNull();
      const reached = currentNode(tree, replay(tree, answers ?? []));
      expect(reached.ok && reached.node.id).toBe(node.id);
    }
  });
});
