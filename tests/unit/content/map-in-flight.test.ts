import { describe, expect, it } from 'vitest';
import { mapInFlight } from '@/lib/content/map-in-flight';

/** A work whose promises the test settles by hand, recording how many were running at once. */
function controlledWork() {
  const pending: { index: number; settle: () => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const work = (item: string, index: number) =>
    new Promise<string>((resolve) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      pending.push({ index, settle: () => ((running -= 1), resolve(item.toUpperCase())) });
    });
  return { pending, work, mostAtOnce: () => mostAtOnce };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapInFlight', () => {
  it('runs at most the limit at once and gives the results in the items’ order, whatever order they settle in', async () => {
    const { pending, work, mostAtOnce } = controlledWork();
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const all = mapInFlight(items, 3, work);
    // Settle the newest first each time: later items finish before earlier ones.
    while (pending.length > 0 || mostAtOnce() === 0) {
      await tick();
      pending.pop()?.settle();
    }
    expect(await all).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(mostAtOnce()).toBe(3);
  });

  it('starts every item when the limit is larger than the list, and handles an empty list', async () => {
    const { pending, work } = controlledWork();
    const all = mapInFlight(['x', 'y'], 64, work);
    await tick();
    expect(pending.map((entry) => entry.index)).toEqual([0, 1]);
    pending.forEach((entry) => entry.settle());
    expect(await all).toEqual(['X', 'Y']);
    expect(await mapInFlight([], 4, work)).toEqual([]);
  });

  it('rejects with the first failure', async () => {
    const failing = (item: number) => (item === 2 ? Promise.reject(new Error('item 2 failed')) : Promise.resolve(item));
    await expect(mapInFlight([1, 2, 3, 4], 2, failing)).rejects.toThrow('item 2 failed');
  });
});
