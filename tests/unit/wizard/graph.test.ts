import { describe, expect, it } from 'vitest';
import { nodesNearestStartFirst } from '@/lib/wizard/graph';
import { shortestPath } from '@/lib/wizard/navigate';
import type { WizardTree } from '@/lib/wizard/schema';
import { fixtureAndPublishedTrees, loadTree } from './load-fixture';

describe('nodesNearestStartFirst (the steps a build renders ahead)', () => {
  it.each(fixtureAndPublishedTrees())('lists every step of %s once, the start first, never a farther step before a nearer one', (_file, load) => {
    const tree = load();
    const order = nodesNearestStartFirst(tree);
    expect(order[0]).toBe(tree.start);
    expect([...order].sort()).toEqual(tree.nodes.map((node) => node.id).sort());
    const distances = order.map((id) => shortestPath(tree, id)?.length);
    expect(distances.every((distance) => distance !== undefined)).toBe(true);
    for (let index = 1; index < distances.length; index += 1) {
      expect(distances[index]!, order[index]).toBeGreaterThanOrEqual(distances[index - 1]!);
    }
  });

  it('follows the options in their order, and lists a step no answer leads to last', () => {
    const fixture = loadTree('windows-auth-login').tree;
    const orphan = { id: 'orphan', type: 'outcome', title: 'Nothing leads here', summary: 'Left over.' } as const;
    const tree: WizardTree = { ...fixture, nodes: [orphan, ...fixture.nodes] };
    const order = nodesNearestStartFirst(tree);
    const start = fixture.nodes.find((node) => node.id === fixture.start);
    expect(start?.type).toBe('question');
    const firstAnswers = start?.type === 'question' ? [...new Set(start.options.map((option) => option.next))] : [];
    expect(order.slice(1, 1 + firstAnswers.length)).toEqual(firstAnswers);
    expect(order.at(-1)).toBe('orphan');
  });
});
