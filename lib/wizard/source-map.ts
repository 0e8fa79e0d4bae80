import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';

/** A path into the parsed tree, as zod reports it: `['nodes', 2, 'options', 0, 'next']`. */
export type SourcePath = readonly PropertyKey[];

/** Maps a path in the tree to the 1-based line a person sees in the YAML file. */
export type SourceLocator = (path: SourcePath) => number;

/**
 * Builds a locator over a parsed YAML document. A field resolves to the line of its key; a path
 * that does not exist (a missing field) falls back to its nearest existing parent, so every
 * problem still points somewhere useful.
 */
export function createLocator(doc: Document, lineCounter: LineCounter): SourceLocator {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const line = lineOf(doc, path.slice(0, length), lineCounter);
      if (line !== undefined) return line;
    }
    return 1;
  };
}

/** The line of `key` itself inside the mapping at `path`, or undefined when there is no such key. */
export function lineOfKey(
  doc: Document,
  lineCounter: LineCounter,
  path: SourcePath,
  key: string,
): number | undefined {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
      return lineCounter.linePos(pair.key.range[0]).line;
    }
  }
  return undefined;
}

function lineOf(doc: Document, path: SourcePath, lineCounter: LineCounter): number | undefined {
  // A key's own line reads best: a block mapping or list under `fix:` starts on the next line.
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    const keyLine = lineOfKey(doc, lineCounter, path.slice(0, -1), last);
    if (keyLine !== undefined) return keyLine;
  }
  const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isNode(node) || !node.range) return undefined;
  return lineCounter.linePos(node.range[0]).line;
}
