import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languageContentOf } from '@/lib/content/language-content.server';
import type { SiteSearch } from '@/lib/search/engine';
import { mergeByScore } from '@/lib/search/language-fallback';
import { searchSite, searchWithFallback, type SearchHit } from '@/lib/search/query';
import { shardSiteSearch } from '@/lib/search/sharded';
import { ShardedSiteSearch } from '@/lib/search/sharded-client';
import { pageFile, searchIndexBasePath, shardFile, type ShardedIndex } from '@/lib/search/sharded-format';
import { loadSearchModels, siteSearchOf } from '@/lib/search/site-search.server';

const content = path.resolve('content');

// The shipped content, every article translated, plus three English articles no one translated.
let english: SiteSearch;
let german: SiteSearch;
let rivalSlugs: string[];
beforeAll(async () => {
  const shipped = await loadSearchModels(content);
  const rivals = await loadSearchModels(path.resolve('tests/fixtures/content/search'));
  rivalSlugs = rivals.articles.map((article) => article.slug);
  const models = { articles: [...shipped.articles, ...rivals.articles], troubleshooters: shipped.troubleshooters };
  english = siteSearchOf(models);
  german = siteSearchOf(await languageContentOf(models, 'de', content));
});

const pageOf = (hit: SearchHit) => hit.href.split('#')[0] as string;
const search = (query: string, limits = {}) => searchWithFallback(german, english, query, limits);

describe('a language’s index', () => {
  it('holds its translated pages only, in German', () => {
    const paths = german.pages.map((page) => page.path);
    expect(paths).toContain('/de/articles/kerberos-clock-skew');
    expect(paths).toContain('/de/wizard/windows-auth-login');
    expect(paths.filter((page) => rivalSlugs.some((slug) => page.endsWith(`/${slug}`)))).toEqual([]);
    expect(german.pages.length).toBe(english.pages.length - rivalSlugs.length);
    expect(german.pages.every((page) => page.language === undefined)).toBe(true);
  });
});

describe('German search with the English index behind it', () => {
  it('finds an untranslated article in English, at its German address, marked English', () => {
    const [hit] = search('Outlook password prompt');
    expect(hit?.href).toBe('/de/articles/outlook-password-prompt');
    expect(hit?.language).toBe('en');
  });

  it('keeps the German queries of issue 27 on their translated article, unmarked', () => {
    for (const [query, slug] of [
      ['Browser fragt nach Kennwort', 'password-prompt-zone-settings'],
      ['Anforderungsheader zu lang', 'kerberos-token-too-large-http-400'],
      ['Uhrzeit Kerberos', 'kerberos-clock-skew'],
    ]) {
      const [hit] = search(query as string);
      expect(hit && pageOf(hit), query).toBe(`/de/articles/${slug}`);
      expect(hit?.language, query).toBeUndefined();
    }
  });

  it('never shows a translated article in English, so no article appears in both languages', () => {
    for (const query of ['Kerberos', 'password prompt', 'HTTP 400 header too long', '401 edge', 'proxy 401', 'certificate']) {
      const hits = search(query, { limit: 30, perPage: 6 });
      const english = hits.filter((hit) => hit.language === 'en').map(pageOf);
      expect(english.every((page) => rivalSlugs.some((slug) => page === `/de/articles/${slug}`)), `${query}: ${english.join(', ')}`).toBe(true);
      const german = new Set(hits.filter((hit) => hit.language === undefined).map(pageOf));
      expect(english.filter((page) => german.has(page)), query).toEqual([]);
      expect(hits.every((hit) => hit.href.startsWith('/de/')), query).toBe(true);
    }
  });

  it('ranks both by score: an English-only match above a weaker German one, German words above English pages', () => {
    // Both indexes match; the English-only article matches best.
    const outlook = search('Outlook Kennwort', { limit: 30 });
    expect(outlook[0] && pageOf(outlook[0])).toBe('/de/articles/outlook-password-prompt');
    expect(outlook.filter((hit) => hit.language === undefined).length).toBeGreaterThan(0);
    // Both match; the German article matches the German words better.
    const edge = search('Zertifikatswarnung Edge', { limit: 30 });
    expect(edge[0]?.language).toBeUndefined();
    expect(edge.some((hit) => hit.language === 'en')).toBe(true);
  });

  it('answers in the browser exactly as on the server, from two base files', async () => {
    const files = new Map<string, unknown>();
    const addFiles = (language: 'en' | 'de', split: ShardedIndex) => {
      files.set(searchIndexBasePath(language), split.base);
      split.shards.forEach((shard, index) => files.set(shardFile(split.base, index), shard));
      split.pages.forEach((page, index) => files.set(pageFile(split.base, index), page));
    };
    const englishSplit = shardSiteSearch(english);
    addFiles('en', englishSplit);
    addFiles('de', shardSiteSearch(german, { search: english, base: englishSplit.base }));
    const fetched: string[] = [];
    const client = await ShardedSiteSearch.loadLanguage(async (file) => {
      fetched.push(file);
      return files.get(file) ?? Promise.reject(new Error(`404 ${file}`));
    }, 'de');
    expect(fetched.sort()).toEqual(['/search-index.json', '/search-index/de/index.json']);
    for (const query of ['Outlook password prompt', 'Uhrzeit Kerberos', 'Kerberos', 'proxy 401 Kennwort']) {
      expect(await client.search(query, { limit: 10 }), query).toEqual(search(query, { limit: 10 }));
    }
  });

  it('shows German results only when the English base is of another build, rather than an article twice', async () => {
    const englishSplit = shardSiteSearch(english);
    const germanSplit = shardSiteSearch(german, { search: english, base: englishSplit.base });
    const files = new Map<string, unknown>([
      [searchIndexBasePath('en'), { ...englishSplit.base, revision: 'another-build' }],
      [searchIndexBasePath('de'), germanSplit.base],
    ]);
    germanSplit.shards.forEach((shard, index) => files.set(shardFile(germanSplit.base, index), shard));
    germanSplit.pages.forEach((page, index) => files.set(pageFile(germanSplit.base, index), page));
    const client = await ShardedSiteSearch.loadLanguage(async (file) => files.get(file) ?? Promise.reject(new Error(`404 ${file}`)), 'de');
    expect(await client.search('Outlook password prompt Kerberos')).toEqual(searchSite(german, 'Outlook password prompt Kerberos'));
  });
});

describe('merging two result lists', () => {
  const item = (name: string, score: number) => ({ score, item: name });
  it('takes the better score first, the reader’s language on a tie, up to the limit', () => {
    const own = [item('de-a', 9), item('de-b', 4), item('de-c', 1)];
    const fallback = [item('en-a', 6), item('en-b', 4), item('en-c', 2)];
    expect(mergeByScore(own, fallback, 10)).toEqual(['de-a', 'en-a', 'de-b', 'en-b', 'en-c', 'de-c']);
    expect(mergeByScore(own, fallback, 3)).toEqual(['de-a', 'en-a', 'de-b']);
    expect(mergeByScore([], fallback, 2)).toEqual(['en-a', 'en-b']);
    expect(mergeByScore(own, [], 2)).toEqual(['de-a', 'de-b']);
  });
});
