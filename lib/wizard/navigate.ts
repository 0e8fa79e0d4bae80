import { answersProblem, type AnswersProblem } from './answers-problem';
import { nodeIndex, shortestPaths, successors } from './graph';
import type { QuestionNode, WizardNode, WizardOption, WizardTree } from './schema';
import type { WizardAnswer, WizardSession } from './session';

/** Why answers could not be replayed or applied; `kind` says which rule failed. */
export type NavigationError =
  | { kind: 'session-mismatch'; treeId: string; version: number; expectedTreeId: string; expectedVersion: number }
  | { kind: 'missing-node'; nodeId: string }
  | { kind: 'unknown-question'; questionId: string }
  | { kind: 'unexpected-question'; questionId: string; expectedQuestionId: string }
  | { kind: 'unknown-option'; questionId: string; optionId: string }
  | { kind: 'already-finished'; outcomeId: string }
  | { kind: 'not-answered'; questionId: string };

/** A navigation result: the fields of `T` on success, a typed error otherwise. */
export type NavResult<T> = ({ ok: true } & T) | { ok: false; error: NavigationError };

/** One answered question with the option picked, for a check-your-answers summary. */
export interface TrailStep {
  question: QuestionNode;
  option: WizardOption;
}

/** Where replaying answers ends, with the steps taken; on failure, the steps that were valid. */
export type ReplayResult =
  | { ok: true; node: WizardNode; trail: TrailStep[] }
  | { ok: false; error: NavigationError; trail: TrailStep[] };

/** One way through the tree: the answers that lead from the start to an outcome. */
export interface WizardPath {
  outcomeId: string;
  answers: WizardAnswer[];
}

/** "Question 2 of at most 4"; at an outcome `done` is true and both numbers are the answer count. */
export interface WizardProgress {
  questionNumber: number;
  maxQuestions: number;
  done: boolean;
}

/** A fresh session at the start of the tree. */
export function startSession(tree: WizardTree): WizardSession {
  return { treeId: tree.id, version: tree.version, answers: [] };
}

/**
 * Replays answers from the start. Each answer must name the question reached at that point, so
 * a reordered or tampered list fails instead of silently landing somewhere else.
 */
export function replayAnswers(tree: WizardTree, answers: readonly WizardAnswer[]): ReplayResult {
  const nodes = nodeIndex(tree);
  const trail: TrailStep[] = [];
  let node = nodes.get(tree.start);
  if (!node) return { ok: false, error: { kind: 'missing-node', nodeId: tree.start }, trail };
  for (const given of answers) {
    if (node.type === 'outcome') return { ok: false, error: { kind: 'already-finished', outcomeId: node.id }, trail };
    if (given.questionId !== node.id) {
      const error: NavigationError = nodes.has(given.questionId)
        ? { kind: 'unexpected-question', questionId: given.questionId, expectedQuestionId: node.id }
        : { kind: 'unknown-question', questionId: given.questionId };
      return { ok: false, error, trail };
    }
    const question: QuestionNode = node;
    const option = question.options.find((candidate) => candidate.id === given.optionId);
    if (!option) {
      return { ok: false, error: { kind: 'unknown-option', questionId: question.id, optionId: given.optionId }, trail };
    }
    trail.push({ question, option });
    node = nodes.get(option.next);
    if (!node) return { ok: false, error: { kind: 'missing-node', nodeId: option.next }, trail };
  }
  return { ok: true, node, trail };
}

/** The node the session is at. */
export function currentNode(tree: WizardTree, session: WizardSession): NavResult<{ node: WizardNode }> {
  const replay = replaySession(tree, session);
  return replay.ok ? { ok: true, node: replay.node } : { ok: false, error: replay.error };
}

/** Answers the current question with `optionId`; returns the new session and the node it reaches. */
export function answer(
  tree: WizardTree,
  session: WizardSession,
  optionId: string,
): NavResult<{ session: WizardSession; node: WizardNode }> {
  const replay = replaySession(tree, session);
  if (!replay.ok) return { ok: false, error: replay.error };
  const question = replay.node;
  if (question.type === 'outcome') return { ok: false, error: { kind: 'already-finished', outcomeId: question.id } };
  const option = question.options.find((candidate) => candidate.id === optionId);
  if (!option) return { ok: false, error: { kind: 'unknown-option', questionId: question.id, optionId } };
  const picked = pickOption(question, session.answers, option);
  const next = nodeIndex(tree).get(picked.nextId);
  if (!next) return { ok: false, error: { kind: 'missing-node', nodeId: picked.nextId } };
  return { ok: true, session: { ...session, answers: picked.answers }, node: next };
}

/**
 * The transition itself, for a question on screen: `answers` (those that reached `question`) with
 * `option` added, and the id of the step it leads to. It needs no tree, so a step page's answer
 * links work before the tree has arrived; `answer` checks the session first.
 */
export function pickOption(
  question: QuestionNode,
  answers: readonly WizardAnswer[],
  option: WizardOption,
): { answers: WizardAnswer[]; nextId: string } {
  return { answers: [...answers, { questionId: question.id, optionId: option.id }], nextId: option.next };
}

/** Drops the last answer; at the start it returns the session unchanged. */
export function goBack(session: WizardSession): WizardSession {
  if (session.answers.length === 0) return session;
  return { ...session, answers: session.answers.slice(0, -1) };
}

/** Drops the answer to `questionId` and every later one, so the user re-answers from there. */
export function changeAnswer(
  tree: WizardTree,
  session: WizardSession,
  questionId: string,
): NavResult<{ session: WizardSession }> {
  const mismatch = sessionMismatch(tree, session);
  if (mismatch) return { ok: false, error: mismatch };
  const index = session.answers.findIndex((given) => given.questionId === questionId);
  if (index === -1) return { ok: false, error: { kind: 'not-answered', questionId } };
  return { ok: true, session: { ...session, answers: session.answers.slice(0, index) } };
}

/** How far along the session is, counting the longest chain of questions still possible. */
export function progress(tree: WizardTree, session: WizardSession): NavResult<{ progress: WizardProgress }> {
  const replay = replaySession(tree, session);
  if (!replay.ok) return { ok: false, error: replay.error };
  const answered = session.answers.length;
  if (replay.node.type === 'outcome') {
    return { ok: true, progress: { questionNumber: answered, maxQuestions: answered, done: true } };
  }
  const remaining = longestQuestionChain(tree, replay.node.id);
  return { ok: true, progress: { questionNumber: answered + 1, maxQuestions: answered + remaining, done: false } };
}

/** Every path from the start to an outcome, in option order. Edges that would loop are skipped. */
export function allPaths(tree: WizardTree): WizardPath[] {
  const nodes = nodeIndex(tree);
  const paths: WizardPath[] = [];
  const onPath = new Set<string>();
  const walk = (id: string, answers: WizardAnswer[]) => {
    const node = nodes.get(id);
    if (!node || onPath.has(id)) return;
    if (node.type === 'outcome') {
      paths.push({ outcomeId: id, answers });
      return;
    }
    onPath.add(id);
    for (const option of node.options) walk(option.next, [...answers, { questionId: id, optionId: option.id }]);
    onPath.delete(id);
  };
  walk(tree.start, []);
  return paths;
}

/** The fewest answers that reach `nodeId` from the start ([] for the start), or null if none do. */
export function shortestPath(tree: WizardTree, nodeId: string): WizardAnswer[] | null {
  const answers = shortestPaths(tree).get(nodeId);
  return answers ? [...answers] : null;
}

/** Why a stale or edited link's answers fail, as a message id and its parameters for the page to word. */
export function navigationProblem(error: NavigationError): AnswersProblem {
  switch (error.kind) {
    case 'session-mismatch':
      return answersProblem('otherVersion');
    case 'missing-node':
      return answersProblem('brokenLink', { step: error.nodeId });
    case 'unknown-question':
      return answersProblem('unknownQuestion', { question: error.questionId });
    case 'unexpected-question':
      return answersProblem('outOfOrder', { question: error.questionId, expected: error.expectedQuestionId });
    case 'unknown-option':
      return answersProblem('unknownAnswer', { answer: error.optionId, question: error.questionId });
    case 'already-finished':
      return answersProblem('tooManyAnswers', { outcome: error.outcomeId });
    case 'not-answered':
      return answersProblem('notAnswered', { question: error.questionId });
  }
}

// The longest chain of questions from a node to an outcome, memoised per tree since trees never change.
const chainCache = new WeakMap<WizardTree, Map<string, number>>();

function longestQuestionChain(tree: WizardTree, from: string): number {
  const nodes = nodeIndex(tree);
  let memo = chainCache.get(tree);
  if (!memo) {
    memo = new Map();
    chainCache.set(tree, memo);
  }
  const cache = memo;
  const onPath = new Set<string>();
  const depth = (id: string): number => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    // A loop or a dangling link only exists in a tree that failed validation; count nothing for it.
    if (!node || node.type === 'outcome' || onPath.has(id)) return 0;
    onPath.add(id);
    const result = 1 + Math.max(0, ...successors(node).map(depth));
    onPath.delete(id);
    cache.set(id, result);
    return result;
  };
  return depth(from);
}

function sessionMismatch(tree: WizardTree, session: WizardSession): NavigationError | undefined {
  if (session.treeId === tree.id && session.version === tree.version) return undefined;
  return {
    kind: 'session-mismatch',
    treeId: session.treeId,
    version: session.version,
    expectedTreeId: tree.id,
    expectedVersion: tree.version,
  };
}

function replaySession(tree: WizardTree, session: WizardSession): ReplayResult {
  const mismatch = sessionMismatch(tree, session);
  return mismatch ? { ok: false, error: mismatch, trail: [] } : replayAnswers(tree, session.answers);
}
