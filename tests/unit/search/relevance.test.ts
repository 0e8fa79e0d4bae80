import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteSearch } from '@/lib/search/engine';
import { searchSite, textOfParts, type SearchHit } from '@/lib/search/query';
import { loadSearchModels, siteSearchOf } from '@/lib/search/site-search.server';
import { isExpected, RELEVANCE_SET } from './relevance-set';

// The shipped content alone: what a reader of the site searches today.
let search: SiteSearch;
beforeAll(async () => {
  search = siteSearchOf(await loadSearchModels(path.resolve('content')));
});

const pageOf = (hit: SearchHit) => hit.href.split('#')[0];

describe('the relevance set on the shipped content', () => {
  it('has at least 25 queries of every kind a support user types', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(25);
    expect(new Set(RELEVANCE_SET.map((entry) => entry.why))).toEqual(new Set(['symptom', 'error text', 'setting', 'command', 'typo', 'product']));
  });

  it.each(RELEVANCE_SET.map((entry) => [entry.query, entry.first] as const))('"%s" puts %s first', (query, first) => {
    const hits = searchSite(search, query);
    expect(isExpected(hits[0], first), `results: ${hits.map((hit) => hit.href).join(', ')}`).toBe(true);
  });
});

describe('what readers reported', () => {
  it('"401 edge" ranks the Edge and Chrome article above the Firefox one that mentions Edge once', () => {
    const pages = searchSite(search, '401 edge', { limit: 20 }).map(pageOf);
    const edge = pages.indexOf('/articles/chromium-edge-chrome-auth-policies');
    const firefox = pages.indexOf('/articles/firefox-integrated-authentication');
    expect(edge).toBeGreaterThan(-1);
    expect(firefox).toBeGreaterThan(-1);
    expect(edge).toBeLessThan(firefox);
  });

  it('"HTTP 400 header too long" shows no Sources list, and the HTTP 400 article’s Cause and the troubleshooter early', () => {
    const hits = searchSite(search, 'HTTP 400 header too long');
    expect(hits.filter((hit) => textOfParts(hit.label) === 'Sources')).toEqual([]);
    const hrefs = hits.slice(0, 4).map((hit) => hit.href);
    expect(hrefs).toContain('/articles/kerberos-token-too-large-http-400#cause');
    expect(hrefs).toContain('/wizard/windows-auth-login');
  });

  it('"kerberso" shows "Open the Kerberos policy" once, named by its procedure', () => {
    const hits = searchSite(search, 'kerberso', { limit: 30, perPage: 30 });
    const policy = hits.map((hit) => textOfParts(hit.label)).filter((label) => label.endsWith('Open the Kerberos policy'));
    expect(policy).toEqual(['Set the tolerance back to 5 minutes, step 1: Open the Kerberos policy']);
    // No two results read the same: same label in the same article.
    const shown = hits.map((hit) => `${textOfParts(hit.label)} in ${hit.context}`);
    expect(new Set(shown).size).toBe(shown.length);
  });
});
