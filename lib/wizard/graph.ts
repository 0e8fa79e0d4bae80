import type { WizardNode, WizardTree } from './schema';

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
  const nodes = nodeIndex(tree);
  const order = new Set<string>();
  const queue = nodes.has(tree.start) ? [tree.start] : [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (order.has(id)) continue;
    order.add(id);
    const node = nodes.get(id);
    if (node) queue.push(...successors(node).filter((next) => nodes.has(next) && !order.has(next)));
  }
  for (const id of nodes.keys()) order.add(id);
  return [...order];
}
