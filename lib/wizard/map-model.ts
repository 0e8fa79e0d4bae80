import { nodeIndex } from './graph';
import { shortestPath } from './navigate';
import type { WizardNode, WizardTree } from './schema';
import { stepPath } from '../paths';

/** An answer drawn as an arrow: from a question to the node the option leads to. */
export interface MapEdge {
  from: string;
  to: string;
  optionId: string;
  /** The option label in full, for the list. */
  label: string;
  /** The label shortened and wrapped for the drawing. */
  labelLines: string[];
}

interface MapNodeBase {
  id: string;
  /** The question prompt or outcome title in full. */
  text: string;
  /** `text` wrapped (and cut with an ellipsis if long) for the box in the drawing. */
  lines: string[];
  /** Box size in the drawing's units, derived from `lines`. */
  width: number;
  height: number;
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

/** How text is measured and boxes are sized; the drawing uses the same numbers to place text. */
export const MAP_METRICS = {
  nodeLineChars: 28,
  nodeMaxLines: 4,
  edgeLabelChars: 40,
  edgeLineChars: 22,
  edgeMaxLines: 2,
  // A generous average glyph width for a 14px system sans-serif: boxes err on the roomy side
  // because the server cannot measure text.
  charWidth: 7.6,
  // Outcome titles are drawn bold, which is wider.
  boldCharWidth: 8.4,
  lineHeight: 18,
  captionHeight: 18,
  paddingX: 14,
  paddingY: 10,
  minWidth: 150,
} as const;

const ELLIPSIS = '…';

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
export function treeMapModel(tree: WizardTree): TreeMapModel {
  const nodes = orderFromStart(tree).map((node) => mapNode(tree, node));
  const edges = nodes.flatMap((node) => (node.kind === 'question' ? node.options : []));
  return { treeId: tree.id, startId: tree.start, nodes, edges };
}

/**
 * Breaks `text` into lines of at most `maxChars`, breaking between words (a word longer than a
 * line is cut). Past `maxLines`, the last line ends in an ellipsis.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean).flatMap((word) => chunk(word, maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= maxChars) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = withEllipsis(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxChars);
  return kept;
}

/** `text` cut at a word boundary so that it, with an ellipsis, fits in `maxChars`. */
export function shorten(text: string, maxChars: number): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length <= maxChars ? trimmed : withEllipsis(trimmed, maxChars);
}

/**
 * The label as drawn on an arrow: whole if it fits, else its leading complete sentences ("Yes."
 * reads better on a diagram than a sentence cut mid-way), else cut with an ellipsis.
 */
export function drawnLabel(label: string, maxChars: number): string {
  const trimmed = label.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= maxChars) return trimmed;
  const sentences = trimmed.match(/[^.?!]+[.?!]+(\s|$)/g) ?? [];
  let kept = '';
  for (const sentence of sentences) {
    if ((kept + sentence).trim().length > maxChars) break;
    kept += sentence;
  }
  return kept.trim() === '' ? shorten(trimmed, maxChars) : kept.trim();
}

function withEllipsis(text: string, maxChars: number): string {
  const room = maxChars - ELLIPSIS.length;
  const cut = text.slice(0, room + 1);
  const lastSpace = cut.lastIndexOf(' ');
  // Cut at the last space that fits; a single long word is cut mid-word instead.
  const head = lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, room);
  return `${head.replace(/[\s,.;:…]+$/, '')}${ELLIPSIS}`;
}

function chunk(word: string, size: number): string[] {
  if (word.length <= size) return [word];
  const parts: string[] = [];
  for (let index = 0; index < word.length; index += size) parts.push(word.slice(index, index + size));
  return parts;
}

function mapNode(tree: WizardTree, node: WizardNode): MapNode {
  const text = node.type === 'question' ? node.prompt : node.title;
  const lines = wrapText(text, MAP_METRICS.nodeLineChars, MAP_METRICS.nodeMaxLines);
  const longest = Math.max(0, ...lines.map((line) => line.length));
  const charWidth = node.type === 'outcome' ? MAP_METRICS.boldCharWidth : MAP_METRICS.charWidth;
  const base: MapNodeBase = {
    id: node.id,
    text,
    lines,
    width: Math.max(MAP_METRICS.minWidth, Math.ceil(longest * charWidth + 2 * MAP_METRICS.paddingX)),
    height: MAP_METRICS.captionHeight + lines.length * MAP_METRICS.lineHeight + 2 * MAP_METRICS.paddingY,
    href: stepPath(tree.id, node.id, shortestPath(tree, node.id) ?? []),
  };
  if (node.type === 'outcome') return { ...base, kind: 'outcome' };
  const options = node.options.map((option) => ({
    from: node.id,
    to: option.next,
    optionId: option.id,
    label: option.label,
    labelLines: wrapText(
      drawnLabel(option.label, MAP_METRICS.edgeLabelChars),
      MAP_METRICS.edgeLineChars,
      MAP_METRICS.edgeMaxLines,
    ),
  }));
  return { ...base, kind: 'question', options };
}

// Breadth-first from the start, options in order, so the list reads the way a user walks the tree.
// Nodes no path reaches (only in trees that failed validation) follow in file order.
function orderFromStart(tree: WizardTree): WizardNode[] {
  const nodes = nodeIndex(tree);
  const seen = new Set<string>();
  const ordered: WizardNode[] = [];
  const queue = [tree.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const node = nodes.get(id);
    if (!node || seen.has(id)) continue;
    seen.add(id);
    ordered.push(node);
    if (node.type === 'question') queue.push(...node.options.map((option) => option.next));
  }
  for (const node of nodes.values()) if (!seen.has(node.id)) ordered.push(node);
  return ordered;
}
