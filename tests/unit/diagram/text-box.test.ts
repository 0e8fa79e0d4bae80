import { describe, expect, it } from 'vitest';
import { DIAGRAM_METRICS, drawnLabel, edgeLabelLines, shorten, textBox, wrapText } from '@/lib/diagram/text-box';
import { treeMapModel } from '@/lib/wizard/map-model';
import { fixtureAndPublishedTrees } from '../wizard/load-fixture';

// The valid fixture plus every published tree: the map must draw whatever authors write.
const trees = fixtureAndPublishedTrees();

describe('wrapText', () => {
  it('breaks between words and keeps every line within the limit', () => {
    expect(wrapText('Can you change the settings of the IIS site on the web server?', 28, 4)).toEqual([
      'Can you change the settings',
      'of the IIS site on the web',
      'server?',
    ]);
  });

  it('keeps short text on one line and collapses stray whitespace', () => {
    expect(wrapText('  How many   people?\n', 28, 4)).toEqual(['How many people?']);
  });

  it('ends the last allowed line with an ellipsis when the text is longer', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 10, 3);
    expect(lines).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/…$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
  });

  it('cuts a word longer than a line instead of overflowing the box', () => {
    const lines = wrapText('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies', 12, 4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(12);
    expect(lines.join('')).toBe('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies');
  });
});

describe('shorten', () => {
  it('leaves text that fits alone', () => {
    expect(shorten('I don’t know.', 40)).toBe('I don’t know.');
  });

  it('cuts at a word boundary and adds an ellipsis without trailing punctuation', () => {
    const short = shorten('Yes. It’s joined to the domain and connected to the corporate network.', 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toBe('Yes. It’s joined to the domain and…');
  });
});

describe('drawnLabel', () => {
  it('keeps a label that fits whole', () => {
    expect(drawnLabel('No. Someone else runs the web server.', 40)).toBe('No. Someone else runs the web server.');
  });

  it('keeps the leading complete sentences rather than cutting one', () => {
    expect(drawnLabel('Yes. It’s joined to the domain and connected to the corporate network.', 40)).toBe('Yes.');
    expect(drawnLabel('I’m not sure. I haven’t been able to try another browser.', 40)).toBe('I’m not sure.');
  });

  it('cuts a long single sentence at a word, with an ellipsis', () => {
    expect(drawnLabel('One person, or a few computers that I can change myself.', 40)).toBe(
      'One person, or a few computers that I…',
    );
  });
});

describe.each(trees)('the map of %s, drawn', (_name, load) => {
  it('draws text that fits its box, with a caption-sized header', () => {
    for (const node of treeMapModel(load()).nodes) {
      const box = textBox(node.text, node.kind === 'outcome');
      expect(box.lines.length).toBeGreaterThan(0);
      expect(box.lines.length).toBeLessThanOrEqual(DIAGRAM_METRICS.nodeMaxLines);
      for (const line of box.lines) {
        expect(line.length).toBeLessThanOrEqual(DIAGRAM_METRICS.nodeLineChars);
        const charWidth = node.kind === 'outcome' ? DIAGRAM_METRICS.boldCharWidth : DIAGRAM_METRICS.charWidth;
        expect(line.length * charWidth).toBeLessThanOrEqual(box.width - 2 * DIAGRAM_METRICS.paddingX);
      }
      expect(box.height).toBe(
        DIAGRAM_METRICS.captionHeight + box.lines.length * DIAGRAM_METRICS.lineHeight + 2 * DIAGRAM_METRICS.paddingY,
      );
    }
  });

  it('shortens edge labels for the drawing to at most two lines', () => {
    for (const edge of treeMapModel(load()).edges) {
      const labelLines = edgeLabelLines(edge.label);
      expect(labelLines.length).toBeGreaterThan(0);
      expect(labelLines.length).toBeLessThanOrEqual(DIAGRAM_METRICS.edgeMaxLines);
      expect(labelLines.join(' ').length).toBeLessThanOrEqual(DIAGRAM_METRICS.edgeLabelChars);
      for (const line of labelLines) expect(line.length).toBeLessThanOrEqual(DIAGRAM_METRICS.edgeLineChars);
    }
  });
});
