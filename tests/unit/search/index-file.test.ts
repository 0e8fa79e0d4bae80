import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchCorpus } from '@/lib/search/documents';
import { buildSiteSearch, fromSearchIndexFile, SEARCH_INDEX_VERSION, toSearchIndexFile } from '@/lib/search/engine';
import { packIndex, unpackIndex } from '@/lib/search/pack';
import { searchSite } from '@/lib/search/query';
import { loadSearchModels } from '@/lib/search/site-search.server';

async function shippedSearch() {
  const { articles, troubleshooters } = await loadSearchModels(path.resolve('content'));
  return buildSiteSearch(searchCorpus(articles, troubleshooters));
}

describe('the index file the browser fetches', () => {
  it('unpacks to exactly what MiniSearch serialised', async () => {
    const plain = (await shippedSearch()).engine.toJSON();
    expect(unpackIndex(JSON.parse(JSON.stringify(packIndex(plain))))).toEqual(JSON.parse(JSON.stringify(plain)));
  });

  it('answers queries exactly as the server-side index does after a trip through JSON', async () => {
    const server = await shippedSearch();
    const browser = fromSearchIndexFile(JSON.parse(JSON.stringify(toSearchIndexFile(server))));
    for (const query of ['401 unauthorized edge', 'EnableNegotiate', 'kerberso', 'iis log']) {
      expect(searchSite(browser, query)).toEqual(searchSite(server, query));
    }
  });

  it('is smaller packed than MiniSearch’s own JSON', async () => {
    const search = await shippedSearch();
    expect(JSON.stringify(toSearchIndexFile(search)).length).toBeLessThan(JSON.stringify(search.engine).length);
  });

  it('refuses a file written by another version instead of misreading it', async () => {
    const file = toSearchIndexFile(await shippedSearch());
    expect(() => fromSearchIndexFile({ ...file, version: SEARCH_INDEX_VERSION + 1 })).toThrow(/version/);
    expect(() => fromSearchIndexFile(null)).toThrow(/version/);
  });
});
