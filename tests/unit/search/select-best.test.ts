import { beforeAll, describe, expect, it } from 'vitest';
import { searchCorpus } from '@/lib/search/documents';
import { buildSiteSearch, type SiteSearch } from '@/lib/search/engine';
import { searchSite, type SearchHit } from '@/lib/search/query';
import { shardSiteSearch } from '@/lib/search/sharded';
import { ShardedSiteSearch } from '@/lib/search/sharded-client';
import { pageFile, shardFile } from '@/lib/search/sharded-format';
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

  it('puts first a best match planted last, behind 15,000 matches and a page holding the 40 best of the rest', () => {
    const random = seededRandom(2026);
    const documents = 15_000;
    // Pages of 20 documents; page 0's all score 90-99, the rest below 90.
    const pages = Int32Array.from({ length: documents }, (_, id) => Math.floor(id / 20));
    const ids = Int32Array.from({ length: documents }, (_, position) => (position * 7919) % documents);
    const scores = Float64Array.from(ids, (id) => (pages[id] === 0 ? 90 + random() * 9 : random() * 89));
    scores[documents - 1] = 100;
    const planted = ids[documents - 1] as number;
    for (const limits of [
      { limit: 6, perPage: 3 },
      { limit: 30, perPage: 6 },
    ]) {
      const picked = selectBest(scores, ids, pages, limits);
      expect(picked[0]?.id).toBe(planted);
      expect(picked.filter((hit) => hit.page === 0)).toHaveLength(limits.perPage);
      expect(picked).toEqual(walkDownSorted(scores, ids, pages, limits));
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

describe('a planted document that deserves the first place', () => {
  // A symptom many generated articles share, so thousands of matches come before the planted one.
  const QUERY = 'password prompt loops';

  it('comes first though matched last of all, in the server and in the browser', { timeout: 60_000 }, async () => {
    const corpus = generateCorpus(300);
    // Last in the corpus: the highest document ids, met last in every posting list.
    const planted = { ...(corpus[0] as (typeof corpus)[number]), slug: 'planted-password-prompt-loops', title: 'Password prompt loops', symptoms: [QUERY, `${QUERY} again`] };
    const server = buildSiteSearch(searchCorpus([...corpus, planted], []));
    const split = shardSiteSearch(server);
    const files = new Map<string, unknown>([['/search-index.json', split.base]]);
    split.shards.forEach((shard, index) => files.set(shardFile(split.base, index), shard));
    split.pages.forEach((page, index) => files.set(pageFile(split.base, index), page));
    const client = await ShardedSiteSearch.load(async (path) => structuredClone(files.get(path)));

    for (const limits of [
      { limit: 6, perPage: 3 },
      { limit: 30, perPage: 6 },
    ]) {
      const whole = fromWholeRanking(server, QUERY, limits);
      // The plain ranking (every match scored and sorted) puts it first, among many other matches.
      expect(whole[0]?.href, 'the plain ranking').toBe('/articles/planted-password-prompt-loops');
      expect(whole).toHaveLength(limits.limit);
      expect(searchSite(server, QUERY, { ...limits, snippetLength: 110 })).toEqual(whole);
      expect(await client.search(QUERY, { ...limits, snippetLength: 110 })).toEqual(whole);
    }
  });
});
