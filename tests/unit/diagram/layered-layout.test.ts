import { describe, expect, it } from 'vitest';
import { layOutTopDown } from '@/lib/diagram/layered-layout';

const box = (id: string) => ({ id, width: 120, height: 40 });

describe('layOutTopDown', () => {
  const layout = layOutTopDown(
    [box('start'), box('left'), box('right'), box('end')],
    [
      { from: 'start', to: 'left', label: 'Yes' },
      { from: 'start', to: 'right', label: 'No' },
      { from: 'left', to: 'end' },
      { from: 'right', to: 'end' },
    ],
  );
  const at = (id: string) => layout.nodes.find((node) => node.id === id)!;

  it('puts each answer below its question', () => {
    expect(at('left').y).toBeGreaterThan(at('start').y);
    expect(at('right').y).toBeGreaterThan(at('start').y);
    expect(at('end').y).toBeGreaterThan(at('left').y);
  });

  it('never overlaps two boxes', () => {
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} overlaps ${b.id}`).toBe(true);
      }
    }
  });

  it('keeps every box inside the drawing and places labels of labelled arrows only', () => {
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
    expect(layout.edges.map((edge) => Boolean(edge.labelAt))).toEqual([true, true, false, false]);
    expect(layout.edges.every((edge) => edge.points.length >= 2)).toBe(true);
  });
});
