import { describe, expect, it } from 'vitest';
import { isDrawn, MAX_DRAWN_STEPS, treeMapModel } from '@/lib/wizard/map-model';
import type { WizardTree } from '@/lib/wizard/schema';
import { parseAnswersParam } from '@/lib/paths';
import { checkAnswersLeadTo } from '@/lib/wizard/url';
import { fixtureAndPublishedTrees } from './load-fixture';
import { formatAnswersProblem } from '@/lib/wizard/answers-problem';

// The valid fixture plus every published tree: the map must work for whatever authors write.
const trees = fixtureAndPublishedTrees();

/** The step id and answers a link carries, as the step page reads them. */
function readHref(href: string) {
  const url = new URL(href, 'https://fixpath.example');
  const parsed = parseAnswersParam(url.searchParams.get('answers'));
  return { path: url.pathname, stepId: url.pathname.split('/').pop() ?? '', parsed };
}

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
      expect(check.ok, `${node.href}: ${check.ok ? '' : formatAnswersProblem(check.reason)}`).toBe(true);
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
