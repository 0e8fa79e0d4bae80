/**
 * `Promise.all(items.map(work))`, with at most `limit` of the works started and not yet settled,
 * results in the items' order. The content check starts each article's read, parse and outline
 * through this: started all at once, a 10,000-article check held every source and every body
 * queued for a pool thread in memory before the first outline came back (issue 26).
 */
export async function mapInFlight<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  // Each runner takes the next item when its last one settles; the first failure rejects the whole.
  const runner = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, runner));
  return results;
}
