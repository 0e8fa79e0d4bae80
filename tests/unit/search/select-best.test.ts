import { beforeAll, describe, expect, it } from 'vitest';
import { searchCorpus } from '@/lib/search/documents';
import { buildSiteSearch, type SiteSearch } from '@/lib/search/engine';
import { searchSite, type SearchHit } from '@/lib/search/query';
import { selectBest, type RankLimits } from '@/lib/search/rank';
import { seededRandom } from '@/lib/seeded-random';
import { generateCorpus } from '../../../scripts/bench/generate-corpus';
import { loadShippedWithRivals } from './load-site';
import { RELEVANCE_SET } from './relevance-set';

/**
 * Ranking picks the best results without sorting every match (at 10,000 articles a common word
 * matches 15,000 documents). These tests hold it to what sorting everything and walking down the
 * list, at most `perPage` from one page, gives.
 */

/** The plain way: every position sorted by score (ties to the lower position), then walked down. */
function walkDownSorted(scores: Float64Array, ids: Int32Array, pages: Int32Array, { limit, perPage }: RankLimits) {
  const order = Array.from(scores.keys()).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const taken = new Map<number, number>();
  const picked: { id: number; page: number; score: number }[] = [];
  for (const position of order) {
    const score = scores[position] as number;
    // A page left out of the ranking (an English page a translation stands for) scores -Infinity.
    if (score === -Infinity) continue;
    const id = ids[position] as number;
    const page = pages[id] as number;
    if ((taken.get(page) ?? 0) >= perPage) continue;
    taken.set(page, (taken.get(page) ?? 0) + 1);
    picked.push({ id, page, score });
    if (picked.length >= limit) break;
  }
  return picked;
}

describe('selectBest', () => {
  it('picks what sorting every score would, with ties, few pages crowding the top, a page left out and every limit', () => {
    const random = seededRandom(26);
    for (let round = 0; round < 300; round += 1) {
      const documents = 1 + Math.floor(random() * 400);
      // Few pages, so one page often holds most of the best scores; few distinct scores, so ties abound.
      const pageCount = 1 + Math.floor(random() * 12);
      const pages = Int32Array.from({ length: documents }, (_, id) => Math.floor((id * pageCount) / documents));
      // Distinct documents in the order a query first matched them.
      const ids = Int32Array.from(Array.from({ length: documents }, (_, id) => id).sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * documents)));
      // In a third of the rounds one page is left out, as a translated page is from the English index's results.
      const leftOut = random() < 1 / 3 ? Math.floor(random() * pageCount) : -1;
      const scores = Float64Array.from(ids, (id) => (pages[id] === leftOut ? -Infinity : Math.floor(random() * 8)));
      const limits = { limit: 1 + Math.floor(random() * 10), perPage: 1 + Math.floor(random() * 4) };
      expect(selectBest(scores, ids, pages, limits), `round ${round}`).toEqual(walkDownSorted(scores, ids, pages, limits));
    }
  });
});

/** Results as a reader sees them, walked down from the whole ranking (every match, no page limit): slow, so on small corpora only. */
function fromWholeRanking(search: SiteSearch, query: string, { limit, perPage }: RankLimits): SearchHit[] {
  const everything = searchSite(search, query, { limit: 1_000_000, perPage: 1_000_000, snippetLength: 110 });
  const taken = new Map<string, number>();
  const picked: SearchHit[] = [];
  for (const hit of everything) {
    const page = hit.href.split('#')[0] as string;
    if ((taken.get(page) ?? 0) >= perPage) continue;
    taken.set(page, (taken.get(page) ?? 0) + 1);
    picked.push(hit);
    if (picked.length >= limit) break;
  }
  return picked;
}

let shipped: SiteSearch;
let generated: SiteSearch;
beforeAll(async () => {
  shipped = (await loadShippedWithRivals()).search;
  generated = buildSiteSearch(searchCorpus(generateCorpus(40), []));
});

describe('the results of the relevance set', () => {
  // The search box's limits and the /search page's.
  const LIMITS: RankLimits[] = [
    { limit: 6, perPage: 3 },
    { limit: 30, perPage: 6 },
  ];

  it('are the whole ranking walked down, on the shipped content and on a generated corpus', { timeout: 60_000 }, () => {
    for (const search of [shipped, generated]) {
      for (const { query } of RELEVANCE_SET) {
        for (const limits of LIMITS) {
          const hits = searchSite(search, query, { ...limits, snippetLength: 110 });
          expect(hits, query).toEqual(fromWholeRanking(search, query, limits));
        }
      }
    }
  });
});
