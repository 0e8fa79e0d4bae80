import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languageContentOf } from '@/lib/content/language-content.server';
import type { LanguageContent, OutlinedArticle } from '@/lib/content/validated-content';
import { germanAnalysis } from '@/lib/search/german';
import { searchCorpus } from '@/lib/search/documents';
import { buildSiteSearch } from '@/lib/search/engine';
import type { SiteSearch } from '@/lib/search/engine';
import { compoundParts, foldGerman, germanTerm } from '@/lib/search/german';
import { searchSite, textOfParts, type SearchHit } from '@/lib/search/query';
import { queryTerms } from '@/lib/search/score';
import { shardSiteSearch } from '@/lib/search/sharded';
import { ShardedSiteSearch } from '@/lib/search/sharded-client';
import { pageFile, searchIndexBasePath, shardFile } from '@/lib/search/sharded-format';
import { loadSearchModels, siteSearchOf } from '@/lib/search/site-search.server';

const content = path.resolve('content');

// The shipped German content: every article and the troubleshooter are translated.
let german: LanguageContent;
let search: SiteSearch;
beforeAll(async () => {
  german = await languageContentOf(await loadSearchModels(content), 'de', content);
  search = siteSearchOf(german);
});

const pageOf = (hit: SearchHit | undefined) => hit?.href.split('#')[0];
const first = (query: string) => pageOf(searchSite(search, query)[0]);

/** The queries of issue 27, and the spellings readers type for the same thing. */
const QUERIES: [query: string, article: string][] = [
  ['Browser fragt nach Kennwort', 'password-prompt-zone-settings'],
  ['Anforderungsheader zu lang', 'kerberos-token-too-large-http-400'],
  ['Uhrzeit Kerberos', 'kerberos-clock-skew'],
  // "Passwort" is read as Microsoft's "Kennwort"; umlauts typed or not.
  ['Browser fragt nach Passwort', 'password-prompt-zone-settings'],
  ['browser fragt nach kennwörtern', 'password-prompt-zone-settings'],
  // A compound written apart, or only its head, finds the compound.
  ['Anforderungs-Header zu lang', 'kerberos-token-too-large-http-400'],
  ['Anforderungs Header zu lang', 'kerberos-token-too-large-http-400'],
  ['Uhrzeitabweichung', 'kerberos-clock-skew'],
  ['Zeitunterschied Domaenencontroller', 'kerberos-clock-skew'],
  // Compounds the content never writes stand for their parts.
  ['Intranetanmeldung', 'password-prompt-zone-settings'],
  ['Headergröße', 'kerberos-token-too-large-http-400'],
];

describe('German search on the shipped translations', () => {
  it.each(QUERIES)('"%s" puts /de/articles/%s first', (query, article) => {
    expect(first(query), searchSite(search, query).map((hit) => hit.href).join(', ')).toBe(`/de/articles/${article}`);
  });

  it('links each result to the German page at the English anchor id', async () => {
    const english = await loadSearchModels(content);
    const anchors = new Map(english.articles.map((article) => [`/de/articles/${article.slug}`, new Set(article.anchors.map((anchor) => anchor.id))]));
    const hits = searchSite(search, 'Kerberos Kennwort Zeit Header', { limit: 30, perPage: 30 });
    expect(hits.length).toBeGreaterThan(10);
    for (const hit of hits) {
      const [page = '', anchor] = hit.href.split('#');
      if (page.startsWith('/de/wizard/')) continue;
      expect(anchors.has(page), hit.href).toBe(true);
      if (anchor !== undefined) expect(anchors.get(page)?.has(anchor), hit.href).toBe(true);
    }
  });

  it('shows German headings and marks the German words it matched', () => {
    const [hit] = searchSite(search, 'Kennwörter');
    expect(hit?.href).toBe('/de/articles/password-prompt-zone-settings');
    expect(textOfParts(hit?.label ?? [])).toContain('Der Browser fragt nach einem Kennwort');
    expect(hit?.label.filter((part) => part.marked).map((part) => part.text)).toEqual(['Kennwort']);
  });

  it('labels steps and the troubleshooter with the words it is given, the page language’s', () => {
    const words = { troubleshooter: 'Geführte Problembehandlung starten', procedureStep: '{procedure}, Schritt {step}: {heading}', step: 'Schritt {step}: {heading}' };
    const hits = searchSite(search, 'Nach Längenfehlern suchen', { limit: 30 }, words);
    const step = hits.find((hit) => hit.href === '/de/articles/kerberos-token-too-large-http-400#find-length-errors');
    expect(textOfParts(step?.label ?? [])).toBe('Prüfen, dass die Header-Grenze das Problem ist, Schritt 2: Nach Längenfehlern suchen');
    const tree = searchSite(search, 'Problembehandlung', { limit: 30 }, words).find((hit) => hit.kind === 'troubleshooter');
    expect(textOfParts(tree?.label ?? [])).toBe('Geführte Problembehandlung starten');
  });

  it('finds the German troubleshooter by its German questions', () => {
    const hits = searchSite(search, 'Problembehandlung Anmeldung', { limit: 30 });
    expect(hits.map((hit) => hit.href)).toContain('/de/wizard/windows-auth-login');
  });

  it('leaves no Quellen (Sources) list among the results, as in English', () => {
    const hits = searchSite(search, 'Microsoft Learn Kerberos', { limit: 30, perPage: 30 });
    expect(hits.filter((hit) => hit.href.endsWith('#sources'))).toEqual([]);
  });
});

describe('the German analysis', () => {
  it('folds umlauts, their two-letter spellings and ß alike', () => {
    expect(foldGerman('Kennwörter')).toBe('kennworter');
    expect(foldGerman('Kennwoerter')).toBe('kennworter');
    expect(foldGerman('Größe')).toBe('grosse');
    expect(germanTerm('Kennwörter')).toBe(germanTerm('kennworter'));
    expect(germanTerm('Kennwörter')).toBe(germanTerm('Kennwort'));
    expect(germanTerm('Domänencontroller')).toBe(germanTerm('Domaenencontroller'));
    // The u of "qu" is no umlaut.
    expect(foldGerman('Quelle')).toBe('quelle');
  });

  it('reads Passwort as Kennwort, also inside a compound', () => {
    expect(germanTerm('Passwort')).toBe(germanTerm('Kennwort'));
    expect(germanTerm('Passwortabfrage')).toBe(germanTerm('Kennwortabfrage'));
  });

  it('drops German function words and marks numbers as English does', () => {
    expect(['nach', 'zu', 'über', 'für', 'nicht', 'the'].map(germanTerm)).toEqual([null, null, null, null, null, null]);
    expect(germanTerm('400')).toBe('#400');
  });

  it('reads a query compound the index lacks as its parts, and leaves one it has whole', () => {
    expect(queryTerms('Kerberosfehler', search.index.analysis, search.index.table)).toEqual([germanTerm('Kerberos'), germanTerm('Fehler')]);
    expect(queryTerms('Anforderungsheader', search.index.analysis, search.index.table)).toEqual([germanTerm('Anforderungsheader')]);
  });

  it('splits a compound at a head the text uses, keeping a modifier of four letters or more', () => {
    const known = new Set(['header', 'abfrage', 'kennwort', 'uhrzeit', 'abweichung'].map((word) => germanTerm(word) as string));
    const isKnown = (stem: string) => known.has(stem);
    expect(compoundParts('anforderungsheader', isKnown)).toEqual(['anforderungs', 'header']);
    expect(compoundParts('kennwortabfrage', isKnown)).toEqual(['kennwort', 'abfrage']);
    expect(compoundParts('uhrzeitabweichung', isKnown)).toEqual(['uhrzeit', 'abweichung']);
    // No known head, or too short a modifier: no split.
    expect(compoundParts('zeitunterschied', isKnown)).toEqual([]);
    expect(compoundParts('abheader', isKnown)).toEqual([]);
  });
});

/** A German index of small articles, each a title and one section, so a match can come only from the analysis. */
function germanSearch(texts: Record<string, string>): SiteSearch {
  const articles = Object.entries(texts).map(
    ([slug, text]): OutlinedArticle => ({
      slug,
      title: slug,
      summary: '',
      symptoms: [],
      products: [],
      anchors: [{ id: 'details', kind: 'heading', title: 'Details', line: 3, level: 2 }],
      sections: [{ anchorId: 'details', text }],
    }),
  );
  const untranslated = { articles: new Set<string>(), troubleshooters: new Set<string>() };
  return buildSiteSearch(searchCorpus(articles, [], { language: 'de', untranslated }), germanAnalysis);
}

describe('what the German analysis finds that plain words would not', () => {
  it('finds a compound by its parts written apart', () => {
    const search = germanSearch({ first: 'Der Anforderungsheader ist zu lang.', second: 'Ein Header fehlt.', third: 'Die Anforderung wurde abgelehnt.' });
    expect(searchSite(search, 'Anforderungs Header')[0]?.href).toBe('/de/articles/first#details');
    expect(searchSite(search, 'Anforderungs-Header')[0]?.href).toBe('/de/articles/first#details');
  });

  it('finds Kennwort for Passwort, and Kennwörter for kennworter', () => {
    const search = germanSearch({ first: 'Die Kennwörter werden abgefragt.', second: 'Das Konto ist gesperrt.' });
    expect(searchSite(search, 'Passwort').map((hit) => hit.href)).toEqual(['/de/articles/first#details']);
    expect(searchSite(search, 'kennworter abgefragt').map((hit) => hit.href)).toEqual(['/de/articles/first#details']);
    expect(searchSite(search, 'Kennwoerter').map((hit) => hit.href)).toEqual(['/de/articles/first#details']);
  });
});

describe('the German index files', () => {
  it('live in their own folder, say their language, and answer in the browser as on the server', async () => {
    const split = shardSiteSearch(search);
    expect(split.base.language).toBe('de');
    const files = new Map<string, unknown>([[searchIndexBasePath('de'), split.base]]);
    split.shards.forEach((shard, index) => files.set(shardFile(split.base, index), shard));
    split.pages.forEach((page, index) => files.set(pageFile(split.base, index), page));
    expect([...files.keys()].every((file) => file.startsWith('/search-index/de/'))).toBe(true);
    const load = () => ShardedSiteSearch.load(async (file) => files.get(file) ?? Promise.reject(new Error(`404 ${file}`)), searchIndexBasePath('de'));
    const client = await load();
    for (const [query] of QUERIES) expect(await client.search(query)).toEqual(searchSite(search, query));
    // A fresh page per compound, so no earlier query has brought the shards its parts are in.
    for (const query of ['Zeitabweichung', 'Headergröße', 'Kerberosfehler']) {
      const hits = await (await load()).search(query);
      expect(hits.length, query).toBeGreaterThan(0);
      expect(hits, query).toEqual(searchSite(search, query));
    }
  });

  it('keeps the English files where they were, without a language', async () => {
    const english = shardSiteSearch(siteSearchOf(await loadSearchModels(content)));
    expect(searchIndexBasePath('en')).toBe('/search-index.json');
    expect(shardFile(english.base, 0)).toBe(`/search-index/${english.base.shardRevisions[0]}/terms-0.json`);
    expect('language' in english.base).toBe(false);
  });
});

describe('an article with no German translation yet', () => {
  it('is found in the German index in English, links to its German page and says it is English', async () => {
    const english = await loadSearchModels(content);
    const rivals = await loadSearchModels(path.resolve('tests/fixtures/content/search'));
    const withUntranslated = await languageContentOf({ articles: [...english.articles, ...rivals.articles], troubleshooters: english.troubleshooters }, 'de', content);
    expect([...withUntranslated.untranslated.articles].sort()).toEqual(rivals.articles.map((article) => article.slug).sort());
    const hits = searchSite(siteSearchOf(withUntranslated), 'Outlook password prompt');
    expect(hits[0]?.href).toBe('/de/articles/outlook-password-prompt');
    expect(hits[0]?.language).toBe('en');
    // The translated pages are not marked.
    const translated = searchSite(siteSearchOf(withUntranslated), 'Uhrzeit Kerberos')[0];
    expect(translated?.href).toBe('/de/articles/kerberos-clock-skew');
    expect(translated && 'language' in translated).toBe(false);
  });
});
