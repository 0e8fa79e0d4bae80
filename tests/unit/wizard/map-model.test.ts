import { describe, expect, it } from 'vitest';
import { drawnLabel, isDrawn, MAP_METRICS, MAX_DRAWN_STEPS, shorten, treeMapModel, wrapText } from '@/lib/wizard/map-model';
import type { WizardTree } from '@/lib/wizard/schema';
import { parseAnswersParam } from '@/lib/paths';
import { checkAnswersLeadTo } from '@/lib/wizard/url';
import { fixtureAndPublishedTrees } from './load-fixture';

// The valid fixture plus every published tree: the map must work for whatever authors write.
const trees = fixtureAndPublishedTrees();

/** The step id and answers a link carries, as the step page reads them. */
function readHref(href: string) {
  const url = new URL(href, 'https://fixpath.example');
  const parsed = parseAnswersParam(url.searchParams.get('answers'));
  return { path: url.pathname, stepId: url.pathname.split('/').pop() ?? '', parsed };
}

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

describe.each(trees)('treeMapModel of %s', (_name, load) => {
  it('has a node per tree node, starting with the first question', () => {
    const tree = load();
    const model = treeMapModel(tree);
    expect(model.nodes.map((node) => node.id).sort()).toEqual(tree.nodes.map((node) => node.id).sort());
    expect(model.nodes[0]?.id).toBe(tree.start);
  });

  it('has an edge per option, labelled with the full option label', () => {
    const tree = load();
    const model = treeMapModel(tree);
    const options = tree.nodes.flatMap((node) =>
      node.type === 'question' ? node.options.map((option) => ({ from: node.id, to: option.next, label: option.label })) : [],
    );
    expect(model.edges).toHaveLength(options.length);
    expect(model.edges.map(({ from, to, label }) => ({ from, to, label }))).toEqual(expect.arrayContaining(options));
  });

  it('links every node to its step with answers that lead there', () => {
    const tree = load();
    for (const node of treeMapModel(tree).nodes) {
      const { path, stepId, parsed } = readHref(node.href);
      expect(path).toBe(`/wizard/${tree.id}/${node.id}`);
      expect(parsed.ok).toBe(true);
      const check = checkAnswersLeadTo(tree, stepId, parsed.answers);
      expect(check.ok, `${node.href}: ${check.ok ? '' : check.reason}`).toBe(true);
    }
  });

  it('draws text that fits its box, with a caption-sized header', () => {
    for (const node of treeMapModel(load()).nodes) {
      expect(node.lines.length).toBeGreaterThan(0);
      expect(node.lines.length).toBeLessThanOrEqual(MAP_METRICS.nodeMaxLines);
      for (const line of node.lines) {
        expect(line.length).toBeLessThanOrEqual(MAP_METRICS.nodeLineChars);
        const charWidth = node.kind === 'outcome' ? MAP_METRICS.boldCharWidth : MAP_METRICS.charWidth;
        expect(line.length * charWidth).toBeLessThanOrEqual(node.width - 2 * MAP_METRICS.paddingX);
      }
      expect(node.height).toBe(
        MAP_METRICS.captionHeight + node.lines.length * MAP_METRICS.lineHeight + 2 * MAP_METRICS.paddingY,
      );
    }
  });

  it('shortens edge labels for the drawing to at most two lines', () => {
    for (const edge of treeMapModel(load()).edges) {
      expect(edge.labelLines.length).toBeGreaterThan(0);
      expect(edge.labelLines.length).toBeLessThanOrEqual(MAP_METRICS.edgeMaxLines);
      expect(edge.labelLines.join(' ').length).toBeLessThanOrEqual(MAP_METRICS.edgeLabelChars);
      for (const line of edge.labelLines) expect(line.length).toBeLessThanOrEqual(MAP_METRICS.edgeLineChars);
    }
  });
});

describe('treeMapModel order', () => {
  it('lists nodes breadth-first from the start, in option order', () => {
    const tree: WizardTree = {
      id: 'order',
      version: 1,
      title: 'Order',
      summary: 'Breadth first.',
      start: 'first',
      nodes: [
        { id: 'deep-end', type: 'outcome', title: 'Deep end', summary: 'Two answers away.' },
        {
          id: 'second',
          type: 'question',
          prompt: 'Second?',
          options: [{ id: 'go', label: 'Go', next: 'deep-end' }],
        },
        { id: 'near-end', type: 'outcome', title: 'Near end', summary: 'One answer away.' },
        {
          id: 'first',
          type: 'question',
          prompt: 'First?',
          options: [
            { id: 'on', label: 'On', next: 'second' },
            { id: 'off', label: 'Off', next: 'near-end' },
          ],
        },
      ],
    };
    const model = treeMapModel(tree);
    expect(model.nodes.map((node) => node.id)).toEqual(['first', 'second', 'near-end', 'deep-end']);
    expect(model.nodes.find((node) => node.id === 'deep-end')?.href).toBe(
      '/wizard/order/deep-end?answers=first:on,second:go',
    );
    expect(model.nodes[0]?.href).toBe('/wizard/order/first');
  });
});

describe('isDrawn', () => {
  it('draws every published tree, and only lists the steps of a tree too big to draw legibly', () => {
    for (const [name, load] of trees) expect(isDrawn(treeMapModel(load())), name).toBe(true);
    const model = treeMapModel(trees[0]![1]());
    const steps = (count: number) => ({ ...model, nodes: Array.from({ length: count }, (_, index) => model.nodes[index % model.nodes.length]!) });
    expect(isDrawn(steps(MAX_DRAWN_STEPS))).toBe(true);
    expect(isDrawn(steps(MAX_DRAWN_STEPS + 1))).toBe(false);
  });
});
