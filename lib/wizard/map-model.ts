import { SOURCE_LANGUAGE } from '../i18n/languages';
import type { SiteLanguage } from '../i18n/site-languages';
import { localizePath, stepPath } from '../paths';
import { nodeIndex, nodesNearestStartFirst, shortestPaths } from './graph';
import type { WizardNode, WizardTree } from './schema';
import type { WizardAnswer } from './session';

/** An answer drawn as an arrow: from a question to the node the option leads to. */
export interface MapEdge {
  from: string;
  to: string;
  optionId: string;
  /** The option label in full. */
  label: string;
}

interface MapNodeBase {
  id: string;
  /** The question prompt or outcome title in full. */
  text: string;
  /** The step's URL with the fewest answers that reach it, so it opens with a complete summary. */
  href: string;
}

/** One step of the map; questions carry their options as outgoing edges. */
export type MapNode =
  | (MapNodeBase & { kind: 'question'; options: MapEdge[] })
  | (MapNodeBase & { kind: 'outcome' });

/** A whole tree ready to draw and to list: nodes in breadth-first order from the start. */
export interface TreeMapModel {
  treeId: string;
  startId: string;
  nodes: MapNode[];
  edges: MapEdge[];
}

/**
 * The most steps the map draws. The drawing grows about 150 px wider per step: the 198-step bench
 * tree came out 29,600 px wide, 322 KB of SVG that Next repeats in the page's payload (1.6 MB of
 * HTML), and nobody reads a drawing scrolled across twenty screens. Past this, the list of every
 * step is the map.
 */
export const MAX_DRAWN_STEPS = 60;

/** Whether the map page draws the tree, or only lists its steps. */
export function isDrawn(model: TreeMapModel): boolean {
  return model.nodes.length <= MAX_DRAWN_STEPS;
}

/** Turns a validated tree into what the map page draws and lists. */
export function treeMapModel(tree: WizardTree, language: SiteLanguage = SOURCE_LANGUAGE): TreeMapModel {
  const index = nodeIndex(tree);
  const pathTo = shortestPaths(tree);
  // Nearest the start first, so the list reads the way a user walks the tree.
  const nodes = nodesNearestStartFirst(tree).map((id) => mapNode(tree, index.get(id)!, pathTo.get(id) ?? [], language));
  const edges = nodes.flatMap((node) => (node.kind === 'question' ? node.options : []));
  return { treeId: tree.id, startId: tree.start, nodes, edges };
}

function mapNode(tree: WizardTree, node: WizardNode, answersTo: readonly WizardAnswer[], language: SiteLanguage): MapNode {
  const base: MapNodeBase = {
    id: node.id,
    text: node.type === 'question' ? node.prompt : node.title,
    href: localizePath(language, stepPath(tree.id, node.id, answersTo)),
  };
  if (node.type === 'outcome') return { ...base, kind: 'outcome' };
  const options = node.options.map((option) => ({ from: node.id, to: option.next, optionId: option.id, label: option.label }));
  return { ...base, kind: 'question', options };
}
