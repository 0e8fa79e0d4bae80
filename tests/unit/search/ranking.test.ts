import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidatedContent } from '@/lib/content/validated-content';
import type { SiteSearch } from '@/lib/search/engine';
import { searchSite, textOfParts, type SearchHit } from '@/lib/search/query';
import { loadShippedWithRivals } from './load-site';

const ARTICLE = '/articles/windows-auth-fails-in-ie-edge';

// Built once: the index is read-only, and compiling the articles is the slow part.
let search: SiteSearch;
let models: ValidatedContent;
beforeAll(async () => {
  ({ search, models } = await loadShippedWithRivals());
});

const pageOf = (hit: SearchHit) => hit.href.split('#')[0];
const markedWords = (hit: SearchHit) => hit.snippet.filter((part) => part.marked).map((part) => part.text.toLowerCase());

/** Steps of the shipped article whose own text holds the EnableNegotiate registry value. */
function registryStepAnchors(): string[] {
  const article = models.articles.find((candidate) => candidate.slug === 'windows-auth-fails-in-ie-edge')!;
  const steps = new Set(article.anchors.filter((anchor) => anchor.kind === 'step').map((anchor) => anchor.id));
  return article.sections
    .filter((section) => section.anchorId && steps.has(section.anchorId) && /EnableNegotiate .*REG_DWORD/.test(section.text))
    .map((section) => section.anchorId!);
}

describe('searchSite on the shipped content and its rivals', () => {
  it('ranks the IE/Edge article first for "401 unauthorized edge", above articles about only 401 or only Edge', () => {
    const hits = searchSite(search, '401 unauthorized edge', { limit: 20 });
    expect(pageOf(hits[0]!)).toBe(ARTICLE);
    const pages = hits.map(pageOf);
    // The rivals did match: they lost on ranking, not on recall.
    expect(pages).toContain('/articles/api-401-behind-reverse-proxy');
    expect(pages).toContain('/articles/edge-certificate-warning');
  });

  it('links "EnableNegotiate" to the step that sets the registry value, not just the page', () => {
    const [top] = searchSite(search, 'EnableNegotiate');
    expect(registryStepAnchors().length).toBeGreaterThan(0);
    expect(top?.kind).toBe('step');
    expect(registryStepAnchors().map((anchor) => `${ARTICLE}#${anchor}`)).toContain(top?.href);
    expect(markedWords(top!)).toContain('enablenegotiate');
  });

  it.each(['EnableNegotaite', 'enablenegotiat', 'enablenego'])('forgives a typo or an unfinished word: %s', (query) => {
    expect(searchSite(search, query)[0]?.href).toBe(searchSite(search, 'EnableNegotiate')[0]?.href);
  });

  it('finds Kerberos from "kerberso" and marks the real word in the snippet', () => {
    const hits = searchSite(search, 'kerberso');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => markedWords(hit).includes('kerberos'))).toBe(true);
  });

  it('finds an error code and marks it like a word: "401.2"', () => {
    const hits = searchSite(search, '401.2');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((hit) => pageOf(hit) === ARTICLE && markedWords(hit).includes('401'))).toBe(true);
  });

  it('offers the troubleshooter as "Start the guided troubleshooter" linking to its start', () => {
    const hits = searchSite(search, 'cannot sign in windows authentication site', { limit: 10 });
    const troubleshooter = hits.find((hit) => hit.kind === 'troubleshooter');
    expect(troubleshooter?.href).toBe('/wizard/windows-auth-login');
    expect(textOfParts(troubleshooter!.label)).toBe('Start the guided troubleshooter');
    expect(troubleshooter?.context).toMatch(/^Can't sign in/);
  });

  it('keeps a few sections per page so other pages still show', () => {
    const hits = searchSite(search, 'negotiate', { limit: 20, perPage: 2 });
    const counts = new Map<string | undefined, number>();
    for (const hit of hits) counts.set(pageOf(hit), (counts.get(pageOf(hit)) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBe(2);
    expect(counts.size).toBeGreaterThan(1);
  });

  it('returns nothing for an empty query and survives a pasted wall of text', () => {
    expect(searchSite(search, '   ')).toEqual([]);
    expect(() => searchSite(search, 'WWW-Authenticate: Negotiate '.repeat(200))).not.toThrow();
  });
});
