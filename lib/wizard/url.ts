import { changedStepRoute, parseAnswersParam, parseSitePath, stepPath } from '../paths';
import { followRedirects, liveNodeId, nodeIndex } from './graph';
import { currentNode, describeNavigationError, replayAnswers, type TrailStep } from './navigate';
import { findRetiredAnswer } from './retired';
import type { WizardNode, WizardTree } from './schema';
import type { WizardAnswer, WizardSession } from './session';

/** What a step id in a URL names: a live node, an old id to redirect from, or nothing. */
export type StepResolution =
  | { kind: 'node'; node: WizardNode }
  | { kind: 'redirect'; to: string }
  | { kind: 'missing' };

/** Whether a link's answers really lead to its step; `reason` is a sentence to show the user. */
export type AnswersCheck =
  | { ok: true; node: WizardNode; trail: TrailStep[]; answers: WizardAnswer[]; session: WizardSession }
  | { ok: false; reason: string; leadsTo?: string };

/** What `stepId` names in the tree, following redirects (and chains of them) to a live node. */
export function resolveStep(tree: WizardTree, stepId: string): StepResolution {
  const resolution = followRedirects(tree, stepId);
  if (resolution.kind !== 'node') return { kind: 'missing' };
  if (resolution.nodeId !== stepId) return { kind: 'redirect', to: resolution.nodeId };
  const node = nodeIndex(tree).get(stepId);
  return node ? { kind: 'node', node } : { kind: 'missing' };
}

/**
 * Replays a link's answers and checks they end at its step. Question ids that were renamed are
 * mapped through the redirects first, so links published before the rename still check out;
 * `answers` on success holds the current ids, for a canonical URL.
 */
export function checkAnswersLeadTo(tree: WizardTree, stepId: string, answers: readonly WizardAnswer[]): AnswersCheck {
  const target = liveNodeId(tree, stepId);
  if (target === undefined) return { ok: false, reason: `Unknown step '${stepId}'` };
  const current = answers.map((given) => ({
    questionId: liveNodeId(tree, given.questionId) ?? given.questionId,
    optionId: given.optionId,
  }));
  const replay = replayAnswers(tree, current);
  if (!replay.ok) return { ok: false, reason: describeNavigationError(replay.error) };
  if (replay.node.id !== target) {
    return { ok: false, reason: 'These answers lead to a different step', leadsTo: replay.node.id };
  }
  return { ok: true, node: replay.node, trail: replay.trail, answers: current, session: { treeId: tree.id, version: tree.version, answers: current } };
}

/** The URL of the step a session is at, answers included; undefined when they do not replay. */
export function sessionStepPath(tree: WizardTree, session: WizardSession): string | undefined {
  const at = currentNode(tree, session);
  return at.ok ? stepPath(tree.id, at.node.id, session.answers) : undefined;
}

/** What the proxy does with a path under /wizard/ before Next renders it. */
export type StepPathDecision =
  | { action: 'render' }
  /** An old step id (the tree's redirects): 308 to the live step, the query kept, so answers survive. */
  | { action: 'moved'; to: string }
  /** A link with a retired answer: 307 to the changed question (a later tree may change it again). */
  | { action: 'redirect'; to: string }
  /** Render `to` (a path) in place of the requested one, keeping the URL and its query. */
  | { action: 'rewrite'; to: string }
  | { action: 'not-found'; missingStepOf?: WizardTree };

/**
 * Steps beyond the prerendered ones render on their first request, so a step path that names
 * nothing must be settled before Next renders it: an unknown troubleshooter, or a step that does
 * not exist (any more), whose troubleshooter the 404 page then offers first. An old id moves to
 * the live step it names (through chains of redirects); the tree's other pages and any other path
 * render. `findTree` looks a tree up by id. Tree and step ids are plain kebab-case, so the path is
 * compared as it arrives: a percent-encoded id can only be a missing one.
 * Answers that give a retired option are sent back to the question that changed, whatever step
 * the link names, since the answers (not the step) say where the user really is; a URL naming a
 * changed question renders the notice route; that route has no address of its own.
 */
export function decideStepPath(
  pathname: string,
  findTree: (id: string) => WizardTree | undefined,
  query: URLSearchParams = new URLSearchParams(),
): StepPathDecision {
  const route = parseSitePath(pathname);
  if (route?.kind === 'changed-step') return { action: 'not-found' };
  if (route?.kind !== 'step') return { action: 'render' };
  const tree = findTree(route.treeId);
  if (!tree) return { action: 'not-found' };
  const step = resolveStep(tree, route.stepId);
  if (step.kind === 'redirect') return { action: 'moved', to: stepPath(tree.id, step.to) };
  const retiredTo = retiredAnswerRedirect(tree, query.get('answers'));
  if (retiredTo) return { action: 'redirect', to: retiredTo };
  if (step.kind === 'missing') return { action: 'not-found', missingStepOf: tree };
  return query.has('changed') ? { action: 'rewrite', to: changedStepRoute(tree.id, route.stepId) } : { action: 'render' };
}

/** The URL that asks a retired answer's question again, or undefined when the answers hold none. */
function retiredAnswerRedirect(tree: WizardTree, answersParam: string | null): string | undefined {
  // Most links carry no retired answer and most trees retire nothing: stay off the replay then.
  if (!answersParam || !tree.retiredOptions) return undefined;
  const parsed = parseAnswersParam(answersParam);
  if (!parsed.ok) return undefined;
  const retired = findRetiredAnswer(tree, parsed.answers);
  if (!retired) return undefined;
  return stepPath(tree.id, retired.askAt, retired.kept, { changed: retired.changed, dropped: retired.dropped });
}
