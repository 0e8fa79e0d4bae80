import { expect, test } from '@playwright/test';
import { ShardedSiteSearch } from '../../lib/search/sharded-client';
import { searchIndexBasePath } from '../../lib/search/sharded-format';

// The German pages come with issue 27's routes; until then this holds the German index the build
// writes and the server serves, read by the same client code the search box runs.
test('the built site serves a German search index whose results open the German pages at the English anchors', async ({ request }) => {
  const fetched: string[] = [];
  const search = await ShardedSiteSearch.load(async (path) => {
    fetched.push(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    return response.json();
  }, searchIndexBasePath('de'));
  const first = async (query: string) => (await search.search(query))[0]?.href.split('#')[0];
  expect(await first('Browser fragt nach Kennwort')).toBe('/de/articles/password-prompt-zone-settings');
  expect(await first('Anforderungsheader zu lang')).toBe('/de/articles/kerberos-token-too-large-http-400');
  expect(await first('Uhrzeit Kerberos')).toBe('/de/articles/kerberos-clock-skew');
  const [step] = (await search.search('Nach Längenfehlern suchen')).filter((hit) => hit.kind === 'step');
  expect(step?.href).toBe('/de/articles/kerberos-token-too-large-http-400#find-length-errors');
  expect(fetched.every((path) => path.startsWith('/search-index/de/')), fetched.join(', ')).toBe(true);
});

test('the English index stays where it was published', async ({ request }) => {
  const response = await request.get('/search-index.json');
  expect(response.status()).toBe(200);
  expect(await response.json()).not.toHaveProperty('language');
});
