import { answersStepRoute, changedStepRoute, parseAnswersParam, parseSitePath, stepPath, unmatchedStepRoute } from '../paths';
import { answersProblem, type AnswersProblem } from './answers-problem';
import { followRedirects, liveNodeId, nodeIndex } from './graph';
import { changeAnswer, currentNode, navigationProblem, goBack, pickOption, replayAnswers, type TrailStep } from './navigate';
import { findRetiredAnswer } from './retired';
import type { QuestionNode, WizardNode, WizardOption, WizardTree } from './schema';
import type { WizardAnswer, WizardSession } from './session';

/** What a step id in a URL names: a live node, an old id to redirect from, or nothing. */
export type StepResolution =
  | { kind: 'node'; node: WizardNode }
  | { kind: 'redirect'; to: string }
  | { kind: 'missing' };

/**
 * Whether a link's answers really lead to its step; `reason` says why not as a message id with
 * parameters, which the page words in its language (formatAnswersProblem, English by default).
 */
export type AnswersCheck =
  | { ok: true; node: WizardNode; trail: TrailStep[]; answers: WizardAnswer[]; session: WizardSession }
  | { ok: false; reason: AnswersProblem; leadsTo?: string };

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
  if (target === undefined) return { ok: false, reason: answersProblem('unknownStep', { step: stepId }) };
  const current = answers.map((given) => ({
    questionId: liveNodeId(tree, given.questionId) ?? given.questionId,
    optionId: given.optionId,
  }));
  const replay = replayAnswers(tree, current);
  if (!replay.ok) return { ok: false, reason: navigationProblem(replay.error) };
  if (replay.node.id !== target) {
    return { ok: false, reason: answersProblem('leadElsewhere'), leadsTo: replay.node.id };
  }
  return { ok: true, node: replay.node, trail: replay.trail, answers: current, session: { treeId: tree.id, version: tree.version, answers: current } };
}

/** What a step URL's `answers` parameter says about the step, for its status line and summary. */
export interface StepAnswersReading {
  /** True when the URL carries no answers at all (a bare step link). */
  bare: boolean;
  /** The answers as the link gives them, when they are well formed (even if they lead elsewhere). */
  answers: WizardAnswer[] | undefined;
  check: AnswersCheck;
}

/** Reads and checks a step URL's (decoded) `answers` parameter: the same on the server and in the browser. */
export function readStepAnswers(tree: WizardTree, stepId: string, answersParam: string | null | undefined): StepAnswersReading {
  const parsed = parseAnswersParam(answersParam);
  const check: AnswersCheck = parsed.ok ? checkAnswersLeadTo(tree, stepId, parsed.answers) : { ok: false, reason: answersProblem('malformed', { answers: parsed.malformed.join(', ') }) };
  return { bare: parsed.ok && parsed.answers.length === 0, answers: parsed.ok ? parsed.answers : undefined, check };
}

/** The URL of the step a session is at, answers included; undefined when they do not replay. */
export function sessionStepPath(tree: WizardTree, session: WizardSession): string | undefined {
  const at = currentNode(tree, session);
  return at.ok ? stepPath(tree.id, at.node.id, session.answers) : undefined;
}

/**
 * Where an answer to the question on screen leads: the next step with the answers so far and this
 * one, or, when the page's answers do not lead to it (`earlier` undefined: a bare or edited link),
 * the next step on its own, since answers that skip the start would only be shown as wrong there.
 */
export function optionPath(treeId: string, question: QuestionNode, earlier: readonly WizardAnswer[] | undefined, option: WizardOption): string {
  if (earlier === undefined) return stepPath(treeId, option.next);
  const picked = pickOption(question, earlier, option);
  return stepPath(treeId, picked.nextId, picked.answers);
}

/** The links of a check-your-answers summary, as the step's page shows them. */
export interface SummaryLinks {
  /** The step before this one; undefined at the first question. */
  back: string | undefined;
  /** The first question, with no answers. */
  restart: string;
  /** Per answered question (by id): that question again, with the answers before it. */
  change: Map<string, string>;
}

/** Where Back, Restart and each Change link of a session's summary go. */
export function summaryLinks(tree: WizardTree, session: WizardSession): SummaryLinks {
  const restart = stepPath(tree.id, tree.start);
  const back = session.answers.length > 0 ? sessionStepPath(tree, goBack(session)) : undefined;
  const change = new Map<string, string>();
  for (const given of session.answers) {
    const changed = changeAnswer(tree, session, given.questionId);
    change.set(given.questionId, (changed.ok && sessionStepPath(tree, changed.session)) || restart);
  }
  return { back, restart, change };
}

/** What the proxy does with a path under /wizard/ before Next renders it. */
export type StepPathDecision =
  | { action: 'render' }
  /** An old step id (the tree's redirects): 308 to the live step, the query kept, so answers survive. */
  | { action: 'moved'; to: string }
  /** A link with a retired answer: 307 to the changed question (a later tree may change it again). */
  | { action: 'redirect'; to: string }
  /**
   * Render `to` (a path) in place of the requested one, keeping the URL; the query goes along
   * unless `keepQuery` is false (a route that has it all in its path, and is cached by path).
   */
  | { action: 'rewrite'; to: string; keepQuery?: false }
  | { action: 'not-found'; missingStepOf?: WizardTree };

/** What the proxy knows of a request beside its path. */
export interface StepRequest {
  query: URLSearchParams;
  /** The site's origin as links should show it: FIXPATH_PUBLIC_URL, else the request's own. */
  origin: string;
  /**
   * True when Next's router asks for a page's payload (a move within the troubleshooter, or a
   * prefetch): it gets the static step, whose islands read the answers themselves.
   */
  fromRouter: boolean;
}

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
 * A page load of a step with answers is rewritten so the server renders what the browser would:
 * answers that lead to the step to its cached variant (a path per answer list that really leads
 * there, so the variants are as many as the tree's ways to each step, times the one public
 * origin), any other answers to the per-request notice. Router requests are left to the static
 * step: the islands already show the answers, and one payload serves every answer list.
 */
export function decideStepPath(
  pathname: string,
  findTree: (id: string) => WizardTree | undefined,
  request: StepRequest,
): StepPathDecision {
  const { query } = request;
  const route = parseSitePath(pathname);
  if (route?.kind === 'changed-step' || route?.kind === 'answers-step' || route?.kind === 'unmatched-step') return { action: 'not-found' };
  if (route?.kind !== 'step') return { action: 'render' };
  const tree = findTree(route.treeId);
  if (!tree) return { action: 'not-found' };
  const step = resolveStep(tree, route.stepId);
  if (step.kind === 'redirect') return { action: 'moved', to: stepPath(tree.id, step.to) };
  const retiredTo = retiredAnswerRedirect(tree, query.get('answers'));
  if (retiredTo) return { action: 'redirect', to: retiredTo };
  if (step.kind === 'missing') return { action: 'not-found', missingStepOf: tree };
  if (query.has('changed')) return { action: 'rewrite', to: changedStepRoute(tree.id, route.stepId) };
  if (request.fromRouter) return { action: 'render' };
  return answersRewrite(tree, route.stepId, query.get('answers'), request.origin);
}

/** A page load with answers: to the cached variant when they lead to the step, else to the notice. */
function answersRewrite(tree: WizardTree, stepId: string, answersParam: string | null, origin: string): StepPathDecision {
  const parsed = parseAnswersParam(answersParam);
  if (parsed.ok && parsed.answers.length === 0) return { action: 'render' };
  const check = parsed.ok ? checkAnswersLeadTo(tree, stepId, parsed.answers) : undefined;
  if (check?.ok) return { action: 'rewrite', to: answersStepRoute(tree.id, stepId, check.answers, origin), keepQuery: false };
  return { action: 'rewrite', to: unmatchedStepRoute(tree.id, stepId, origin) };
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
