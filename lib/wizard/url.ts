import { followRedirects, liveNodeId, nodeIndex } from './graph';
import { describeNavigationError, replayAnswers, type TrailStep } from './navigate';
import { KEBAB_ID_PATTERN } from './ids';
import { findRetiredAnswer } from './retired';
import type { WizardNode, WizardTree } from './schema';
import type { WizardAnswer } from './session';

/** The `answers` query parameter read from a link; malformed parts are listed, never thrown. */
export type ParsedAnswers =
  | { ok: true; answers: WizardAnswer[] }
  | { ok: false; answers: WizardAnswer[]; malformed: string[]; reason: string };

/** What a step id in a URL names: a live node, an old id to redirect from, or nothing. */
export type StepResolution =
  | { kind: 'node'; node: WizardNode }
  | { kind: 'redirect'; to: string }
  | { kind: 'missing' };

/** Whether a link's answers really lead to its step; `reason` is a sentence to show the user. */
export type AnswersCheck =
  | { ok: true; node: WizardNode; trail: TrailStep[]; answers: WizardAnswer[] }
  | { ok: false; reason: string; leadsTo?: string };

/** Why a step is asked again: a link's answer to `changed` was retired, and the later answers were dropped. */
export interface ChangedQuestion {
  changed: string;
  dropped: WizardAnswer[];
}

/**
 * `/wizard/<tree>/<step>?answers=<question>:<option>,…`, and after a retired answer
 * `&changed=<question>&dropped=<question>:<option>,…`. Ids are kebab-case by schema, so nothing
 * needs percent-encoding and the link stays readable when pasted into a ticket.
 */
export function encodeStepUrl(
  treeId: string,
  stepId: string,
  answers: readonly WizardAnswer[],
  changed?: ChangedQuestion,
): string {
  const query: string[] = [];
  if (answers.length > 0) query.push(`answers=${encodeAnswers(answers)}`);
  if (changed) query.push(`changed=${changed.changed}`);
  if (changed && changed.dropped.length > 0) query.push(`dropped=${encodeAnswers(changed.dropped)}`);
  const path = `/wizard/${treeId}/${stepId}`;
  return query.length === 0 ? path : `${path}?${query.join('&')}`;
}

function encodeAnswers(answers: readonly WizardAnswer[]): string {
  return answers.map((given) => `${given.questionId}:${given.optionId}`).join(',');
}

/**
 * Reads `changed` and `dropped` from a step URL's query; undefined without a well-formed
 * `changed`. Malformed dropped parts are left out: the notice only names what it can read.
 */
export function parseChangedQuestion(query: { get(name: string): string | null }): ChangedQuestion | undefined {
  const changed = query.get('changed');
  if (changed === null || !isKebabId(changed)) return undefined;
  return { changed, dropped: parseAnswersParam(query.get('dropped')).answers };
}

/**
 * Reads the (already URL-decoded) `answers` parameter. Empty parts are ignored, so a trailing or
 * doubled comma is harmless; parts that are not `question:option` are reported.
 */
export function parseAnswersParam(value: string | null | undefined): ParsedAnswers {
  const answers: WizardAnswer[] = [];
  const malformed: string[] = [];
  for (const part of (value ?? '').split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const [questionId, optionId, ...rest] = trimmed.split(':');
    if (rest.length === 0 && isKebabId(questionId) && isKebabId(optionId)) answers.push({ questionId, optionId });
    else malformed.push(trimmed);
  }
  if (malformed.length === 0) return { ok: true, answers };
  const list = malformed.map((part) => `'${part}'`).join(', ');
  return { ok: false, answers, malformed, reason: `This link has malformed answers: ${list}` };
}

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
  return { ok: true, node: replay.node, trail: replay.trail, answers: current };
}

function isKebabId(value: string | undefined): value is string {
  return value !== undefined && KEBAB_ID_PATTERN.test(value);
}

const STEP_PATH = /^\/wizard\/([^/]+)\/([^/]+)\/?$/;
/** Routes beside the steps under /wizard/<tree>/. */
const TREE_PAGES = new Set(['map', 'tree.json']);
/** The route that renders a step with the changed-question notice; reached only by the proxy's rewrite. */
const CHANGED_STEP_ROUTE = /^\/wizard\/[^/]+\/[^/]+\/changed\/?$/;

/**
 * Where the proxy sends a step URL that carries `changed=`, keeping the address the user sees.
 * Step pages are static and never read their query on the server; this route is rendered per
 * request so the notice is in the HTML, without JavaScript.
 */
export function changedStepRoute(treeId: string, stepId: string): string {
  return `/wizard/${treeId}/${stepId}/changed`;
}

/** What the proxy does with a path under /wizard/ before Next renders it. */
export type StepPathDecision =
  | { action: 'render' }
  /** A link with a retired answer: 307 to the changed question (a later tree may change it again). */
  | { action: 'redirect'; to: string }
  /** Render `to` (a path) in place of the requested one, keeping the URL and its query. */
  | { action: 'rewrite'; to: string }
  | { action: 'not-found'; missingStepOf?: WizardTree };

/**
 * Steps beyond the prerendered ones render on their first request, so a step path that names
 * nothing must be settled before Next renders it: an unknown troubleshooter, or a step that does
 * not exist (any more), whose troubleshooter the 404 page then offers first. Live steps, old ids
 * (redirected before this runs), the tree's other pages and any other path render. `findTree`
 * looks a tree up by id. Tree and step ids are plain kebab-case, so the path is compared as it
 * arrives: a percent-encoded id can only be a missing one.
 * Answers that give a retired option are sent back to the question that changed, whatever step
 * the link names, since the answers (not the step) say where the user really is; a URL naming a
 * changed question renders the notice route; that route has no address of its own.
 */
export function decideStepPath(
  pathname: string,
  findTree: (id: string) => WizardTree | undefined,
  query: URLSearchParams = new URLSearchParams(),
): StepPathDecision {
  if (CHANGED_STEP_ROUTE.test(pathname)) return { action: 'not-found' };
  const match = STEP_PATH.exec(pathname);
  if (!match || TREE_PAGES.has(match[2] as string)) return { action: 'render' };
  const tree = findTree(match[1] as string);
  if (!tree) return { action: 'not-found' };
  const retiredTo = retiredAnswerRedirect(tree, query.get('answers'));
  if (retiredTo) return { action: 'redirect', to: retiredTo };
  const stepId = match[2] as string;
  if (resolveStep(tree, stepId).kind === 'missing') return { action: 'not-found', missingStepOf: tree };
  return query.has('changed') ? { action: 'rewrite', to: changedStepRoute(tree.id, stepId) } : { action: 'render' };
}

/** The URL that asks a retired answer's question again, or undefined when the answers hold none. */
function retiredAnswerRedirect(tree: WizardTree, answersParam: string | null): string | undefined {
  // Most links carry no retired answer and most trees retire nothing: stay off the replay then.
  if (!answersParam || !tree.retiredOptions) return undefined;
  const parsed = parseAnswersParam(answersParam);
  if (!parsed.ok) return undefined;
  const retired = findRetiredAnswer(tree, parsed.answers);
  if (!retired) return undefined;
  return encodeStepUrl(tree.id, retired.askAt, retired.kept, { changed: retired.changed, dropped: retired.dropped });
}
