import { BROWSER_IDS, narrowScope, type BrowserScope } from '../browser-scope';
import type { QuestionNode, WizardNode, WizardOption, WizardTree } from './schema';
import type { WizardAnswer } from './session';

// Trees are validated once and never mutated, so per-tree indexes can be cached by identity.
const nodeIndexes = new WeakMap<WizardTree, ReadonlyMap<string, WizardNode>>();
const redirectIndexes = new WeakMap<WizardTree, ReadonlyMap<string, string>>();

/** Nodes by id; when an id is duplicated the first node wins (validation reports the rest). */
export function nodeIndex(tree: WizardTree): ReadonlyMap<string, WizardNode> {
  let index = nodeIndexes.get(tree);
  if (!index) {
    const map = new Map<string, WizardNode>();
    for (const node of tree.nodes) if (!map.has(node.id)) map.set(node.id, node);
    index = map;
    nodeIndexes.set(tree, index);
  }
  return index;
}

/**
 * Redirects as a Map: a plain-object lookup would find inherited keys such as `constructor`,
 * which is a valid kebab-case id.
 */
export function redirectIndex(tree: WizardTree): ReadonlyMap<string, string> {
  let index = redirectIndexes.get(tree);
  if (!index) {
    index = new Map(Object.entries(tree.redirects ?? {}));
    redirectIndexes.set(tree, index);
  }
  return index;
}

/** The result of following an id through the redirects. */
export type RedirectResolution =
  | { kind: 'node'; nodeId: string; hops: readonly string[] }
  | { kind: 'missing'; hops: readonly string[] }
  | { kind: 'loop'; hops: readonly string[] };

/**
 * Follows `id` until it names a live node. A live node wins over a redirect with the same id.
 * `hops` lists every id visited, starting with `id`.
 */
export function followRedirects(tree: WizardTree, id: string): RedirectResolution {
  const nodes = nodeIndex(tree);
  const redirects = redirectIndex(tree);
  const hops: string[] = [];
  let current: string | undefined = id;
  while (current !== undefined) {
    if (hops.includes(current)) return { kind: 'loop', hops: [...hops, current] };
    hops.push(current);
    if (nodes.has(current)) return { kind: 'node', nodeId: current, hops };
    current = redirects.get(current);
  }
  return { kind: 'missing', hops };
}

/** The live node id that `id` names directly or through redirects, or undefined. */
export function liveNodeId(tree: WizardTree, id: string): string | undefined {
  const resolution = followRedirects(tree, id);
  return resolution.kind === 'node' ? resolution.nodeId : undefined;
}

/** The ids a node links to, in option order (none for an outcome). */
export function successors(node: WizardNode): readonly string[] {
  return node.type === 'question' ? node.options.map((option) => option.next) : [];
}

/**
 * Live node ids nearest the start first: breadth-first, options in order, then any node no path
 * reaches (validation reports those) in file order. The steps most runs pass through come first.
 */
export function nodesNearestStartFirst(tree: WizardTree): string[] {
  const order = new Set(reachableFromStart(tree));
  for (const id of nodeIndex(tree).keys()) order.add(id);
  return [...order];
}

/** Live node ids that `from` leads to, `from` included: what can still be reached from a step. */
export function reachableFrom(tree: WizardTree, from: string): ReadonlySet<string> {
  return new Set(walkFromStart(tree, null, (nodeId) => nodeId, () => null, from).map((visit) => visit.nodeId));
}

/** Whether any option or outcome of the tree declares evidence: only such a tree is suggested by /diagnose. */
export function declaresEvidence(tree: WizardTree): boolean {
  return tree.nodes.some(
    (node) => (node.type === 'outcome' ? node.evidence !== undefined : node.options.some((option) => option.evidence !== undefined)),
  );
}

/** The ids of every node a path from the start reaches, nearest first. */
export function reachableFromStart(tree: WizardTree): string[] {
  return walkFromStart(tree, null, (nodeId) => nodeId, () => null).map((visit) => visit.nodeId);
}

/**
 * Every node a path from the start reaches, nearest first, with the fewest answers that reach it
 * (`[]` for the start). Options are tried in order, so among equally short paths the one through
 * the first options wins: the most "first-choice" way there.
 */
export function shortestPaths(tree: WizardTree): ReadonlyMap<string, readonly WizardAnswer[]> {
  const visits = walkFromStart<readonly WizardAnswer[]>(
    tree,
    [],
    (nodeId) => nodeId,
    (answers, question, option) => [...answers, { questionId: question.id, optionId: option.id }],
  );
  return new Map(visits.map(({ nodeId, state }) => [nodeId, state]));
}

/** One browser scope in which a node can be reached, with the fewest answers that reach it so. */
export interface PathScope {
  /** The browsers every answer on the way allows, in BROWSER_IDS order; `any` when none declares them. */
  scope: BrowserScope;
  /** An example: the shortest answers from the start that reach the node in this scope. */
  answers: WizardAnswer[];
}

/**
 * For each reachable node, the distinct browser scopes of the paths that reach it. Paths that
 * end in the same scope need the same fix, so one example per scope is all a message needs, and
 * the walk stays small: at most one visit per node and scope, however many paths there are.
 */
export function pathScopesByNode(tree: WizardTree): ReadonlyMap<string, readonly PathScope[]> {
  const start: PathScope = { scope: 'any', answers: [] };
  const visits = walkFromStart(
    tree,
    start,
    (nodeId, state) => `${nodeId} ${scopeKey(state.scope)}`,
    (state, question, option) => ({
      scope: option.browsers === undefined ? state.scope : inBrowserOrder(narrowScope(state.scope, option.browsers)),
      answers: [...state.answers, { questionId: question.id, optionId: option.id }],
    }),
  );
  const byNode = new Map<string, PathScope[]>();
  for (const { nodeId, state } of visits) byNode.set(nodeId, [...(byNode.get(nodeId) ?? []), state]);
  return byNode;
}

/** Whether any option of the tree declares browsers: such a tree is checked path by path. */
export function declaresBrowsers(tree: WizardTree): boolean {
  return tree.nodes.some((node) => node.type === 'question' && node.options.some((option) => option.browsers !== undefined));
}

function inBrowserOrder(scope: BrowserScope): BrowserScope {
  return scope === 'any' ? scope : BROWSER_IDS.filter((id) => scope.includes(id));
}

function scopeKey(scope: BrowserScope): string {
  return scope === 'any' ? 'any' : BROWSER_IDS.filter((id) => scope.includes(id)).join(',');
}

/** A node reached in some state of a walk. */
export interface Visit<S> {
  nodeId: string;
  state: S;
}

/**
 * The one walk the graph helpers share: breadth-first from the start (or `from`), options in order,
 * each `key` visited once, so the first visit of a state comes by the fewest answers and loops or
 * dangling links (in a tree that failed validation) cannot stall it. `follow` gives the state
 * after an answer.
 */
export function walkFromStart<S>(
  tree: WizardTree,
  initial: S,
  key: (nodeId: string, state: S) => string,
  follow: (state: S, question: QuestionNode, option: WizardOption) => S,
  from: string = tree.start,
): Visit<S>[] {
  const nodes = nodeIndex(tree);
  if (!nodes.has(from)) return [];
  const seen = new Set([key(from, initial)]);
  const visits: Visit<S>[] = [{ nodeId: from, state: initial }];
  for (let index = 0; index < visits.length; index += 1) {
    const { nodeId, state } = visits[index] as Visit<S>;
    const node = nodes.get(nodeId);
    if (node?.type !== 'question') continue;
    for (const option of node.options) {
      if (!nodes.has(option.next)) continue;
      const next = follow(state, node, option);
      const nextKey = key(option.next, next);
      if (seen.has(nextKey)) continue;
      seen.add(nextKey);
      visits.push({ nodeId: option.next, state: next });
    }
  }
  return visits;
}
