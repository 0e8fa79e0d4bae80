/**
 * Text in a diagram drawn on the server, where nothing can measure it: lines are wrapped by
 * character count and boxes sized from generous average glyph widths.
 */

/** How text is measured and boxes are sized; the drawing uses the same numbers to place text. */
export const DIAGRAM_METRICS = {
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

/** A box of wrapped text: its lines and its size in the drawing's units. */
export interface TextBox {
  lines: string[];
  width: number;
  height: number;
}

/** `text` wrapped (and cut with an ellipsis if long) into a box with a caption line; `bold` text is wider. */
export function textBox(text: string, bold: boolean): TextBox {
  const lines = wrapText(text, DIAGRAM_METRICS.nodeLineChars, DIAGRAM_METRICS.nodeMaxLines);
  const longest = Math.max(0, ...lines.map((line) => line.length));
  const charWidth = bold ? DIAGRAM_METRICS.boldCharWidth : DIAGRAM_METRICS.charWidth;
  return {
    lines,
    width: Math.max(DIAGRAM_METRICS.minWidth, Math.ceil(longest * charWidth + 2 * DIAGRAM_METRICS.paddingX)),
    height: DIAGRAM_METRICS.captionHeight + lines.length * DIAGRAM_METRICS.lineHeight + 2 * DIAGRAM_METRICS.paddingY,
  };
}

/** An arrow's label as drawn: shortened, then wrapped onto at most two short lines. */
export function edgeLabelLines(label: string): string[] {
  return wrapText(drawnLabel(label, DIAGRAM_METRICS.edgeLabelChars), DIAGRAM_METRICS.edgeLineChars, DIAGRAM_METRICS.edgeMaxLines);
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
