import { beforeAll, describe, expect, it } from 'vitest';
import { searchCorpus } from '@/lib/search/documents';
import { buildSiteSearch, commonTextTerms, type SiteSearch } from '@/lib/search/engine';
import { searchSite } from '@/lib/search/query';
import { shardSiteSearch } from '@/lib/search/sharded';
import { ShardedSiteSearch } from '@/lib/search/sharded-client';
import { PAGE_GROUP_SIZE, pageFile, shardFile, shardPrefix, SHARDED_INDEX_VERSION, type ShardedIndex } from '@/lib/search/sharded-format';
import { generateCorpus } from '../../../scripts/bench/generate-corpus';
import { loadShippedWithRivals } from './load-site';

/** The split index as the build serves it: a path → JSON text map, with a log of what was fetched. */
function serve(split: ShardedIndex) {
  const files = new Map<string, string>([['/search-index.json', JSON.stringify(split.base)]]);
  split.shards.forEach((shard, index) => files.set(shardFile(split.base, index), JSON.stringify(shard)));
  split.pages.forEach((page, index) => files.set(pageFile(split.base, index), JSON.stringify(page)));
  const fetched: string[] = [];
  const failing = new Set<string>();
  const fetchJson = async (path: string) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined || failing.has(path)) throw new Error(`404 ${path}`);
    return JSON.parse(text) as unknown;
  };
  return { files, fetched, failing, fetchJson };
}

const QUERIES = ['401 unauthorized edge', 'EnableNegotiate', 'kerberso', 'iis log', 'negotiat', 'double hop delegation', 'setspn', 'klist purge'];

let shipped: SiteSearch;
let generated: SiteSearch;
beforeAll(async () => {
  shipped = (await loadShippedWithRivals()).search;
  generated = buildSiteSearch(searchCorpus(generateCorpus(300), []));
});

describe('the split index the browser fetches', () => {
  it('answers exactly as the whole index does, on the shipped content and on a generated 300-article corpus', async () => {
    for (const server of [shipped, generated]) {
      const { fetchJson } = serve(shardSiteSearch(server));
      const client = await ShardedSiteSearch.load(fetchJson);
      for (const query of QUERIES) {
        expect(await client.search(query, { limit: 10 })).toEqual(searchSite(server, query, { limit: 10 }));
      }
    }
  });

  it('downloads for a first query only the base, the shards of its words and the chunks of the pages it shows', async () => {
    const split = shardSiteSearch(generated);
    const { fetched, fetchJson } = serve(split);
    const client = await ShardedSiteSearch.load(fetchJson);
    const hits = await client.search('klist purge', { limit: 6 });
    const pages = new Set(hits.map((hit) => hit.href.split('#')[0]));
    const shards = new Set(['kl', 'pu'].map((prefix) => split.base.shardOfPrefix[prefix]));
    expect(hits.length).toBeGreaterThan(0);
    expect(fetched.filter((path) => path.includes('/terms-'))).toHaveLength(shards.size);
    expect(fetched.filter((path) => path.includes('/page-'))).toHaveLength(pages.size);
    expect(fetched).toHaveLength(1 + shards.size + pages.size);

    fetched.length = 0;
    await client.search('klist purge', { limit: 6 });
    expect(fetched).toEqual([]);
  });

  it('puts every term in the shard its first two letters name, and every document in its page chunk', () => {
    const split = shardSiteSearch(generated);
    split.shards.forEach((shard, index) => {
      for (const [term] of shard) expect(split.base.shardOfPrefix[shardPrefix(term)]).toBe(index);
    });
    const documents = split.pages.reduce((sum, page) => sum + page.documents.length, 0);
    expect(documents).toBe(split.base.documentCount);
    expect(split.base.pageStarts).toHaveLength(split.pages.length);
  });

  it('gives new URLs to the chunks an edit changed, and keeps the URLs of all others', () => {
    const split = shardSiteSearch(generated);
    const urls = (index: ShardedIndex) => ({
      shards: index.shards.map((_shard, shard) => shardFile(index.base, shard)),
      pages: index.pages.map((_page, page) => pageFile(index.base, page)),
    });
    const before = urls(split);
    const edited = searchCorpus(generateCorpus(300), []);
    const document = edited.documents[5]!;
    document.text += ' wholly zymurgical words';
    const editedSplit = shardSiteSearch(buildSiteSearch(edited));
    const after = urls(editedSplit);

    expect(editedSplit.base.revision).not.toBe(split.base.revision);
    // The edited page's chunk and the shards of its terms move; the pages of other groups stay.
    expect(after.pages[document.page]).not.toBe(before.pages[document.page]);
    const changedShards = after.shards.filter((url) => !before.shards.includes(url));
    expect(changedShards.length).toBeGreaterThan(0);
    // Only shards holding one of the document's terms change (each posting carries its field's length).
    expect(changedShards.length).toBeLessThan(after.shards.length);
    const otherGroup = after.pages.findIndex((_url, page) => Math.floor(page / PAGE_GROUP_SIZE) !== Math.floor(document.page / PAGE_GROUP_SIZE));
    expect(otherGroup).toBeGreaterThan(-1);
    expect(after.pages.slice(otherGroup)).toEqual(before.pages.slice(otherGroup));
  });

  it('tries a chunk again on the next query after a failed download', async () => {
    const split = shardSiteSearch(generated);
    const { failing, fetchJson } = serve(split);
    const client = await ShardedSiteSearch.load(fetchJson);
    const shard = shardFile(split.base, split.base.shardOfPrefix.kl!);
    failing.add(shard);
    await expect(client.search('klist')).rejects.toThrow(/404/);
    failing.delete(shard);
    expect((await client.search('klist')).length).toBeGreaterThan(0);
  });

  it('refuses a base file from another version instead of misreading it', async () => {
    const { files, fetchJson } = serve(shardSiteSearch(generated));
    const base = JSON.parse(files.get('/search-index.json')!);
    files.set('/search-index.json', JSON.stringify({ ...base, version: SHARDED_INDEX_VERSION + 1 }));
    await expect(ShardedSiteSearch.load(fetchJson)).rejects.toThrow(/version/);
  });
});

describe('words too common to index in running text', () => {
  it('are dropped from section text only on a large corpus, and still found in titles and headings', () => {
    const corpus = searchCorpus(generateCorpus(300), []);
    const common = commonTextTerms(corpus.documents);
    expect(common.size).toBeGreaterThan(0);
    expect(commonTextTerms(corpus.documents.slice(0, 400)).size).toBe(0);

    const search = buildSiteSearch(corpus);
    const word = [...common].find((term) => corpus.documents.some((document) => document.kind === 'article' && document.title.toLowerCase().split(/\W+/).includes(term)))!;
    const hits = searchSite(search, word, { limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.kind !== 'section' || hit.label.some((part) => part.marked))).toBe(true);
  });
});
