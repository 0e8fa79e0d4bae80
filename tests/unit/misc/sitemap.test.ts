import { describe, expect, it } from 'vitest';
import { parseSitemapPart, sitemapPartPath } from '@/lib/paths';
import { absoluteOrigin } from '@/lib/request-origin';
import { planSitemap, SITEMAP_MAX_URLS, sitemapIndexXml, splitSitemap, urlsetXml, type SitemapEntry } from '@/lib/sitemap/protocol';

/** A synthetic site of `count` articles, a day apart in date order. */
function articles(count: number): SitemapEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    path: `/articles/article-${index + 1}`,
    lastmod: new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
  }));
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

describe('the sitemap', () => {
  it('is one file up to 50,000 URLs, with every URL absolute and its lastmod', () => {
    const plan = planSitemap(articles(SITEMAP_MAX_URLS));
    expect(plan.kind).toBe('urlset');
    const xml = urlsetXml('https://support.example.com', plan.kind === 'urlset' ? plan.entries : []);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(locs(xml)).toHaveLength(SITEMAP_MAX_URLS);
    expect(xml).toContain('<url><loc>https://support.example.com/articles/article-1</loc><lastmod>2020-01-01</lastmod></url>');
  });

  it('splits at 50,000 into numbered parts listed by an index, each with its newest date', () => {
    const entries = articles(SITEMAP_MAX_URLS * 2 + 1);
    const plan = planSitemap(entries);
    if (plan.kind !== 'index') throw new Error('expected an index');
    expect(plan.parts.map((part) => part.length)).toEqual([SITEMAP_MAX_URLS, SITEMAP_MAX_URLS, 1]);
    // Nothing lost, nothing doubled, order kept.
    expect(plan.parts.flat()).toEqual(entries);

    const index = sitemapIndexXml('https://support.example.com', plan.parts, sitemapPartPath);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)).toEqual([1, 2, 3].map((n) => `https://support.example.com/sitemap/${n}.xml`));
    expect(index).toContain(`<sitemap><loc>https://support.example.com/sitemap/3.xml</loc><lastmod>${entries.at(-1)!.lastmod}</lastmod></sitemap>`);
  });

  it('splits at any size asked, and an empty site is one empty file', () => {
    expect(splitSitemap(articles(7), 3).map((part) => part.length)).toEqual([3, 3, 1]);
    expect(planSitemap([])).toEqual({ kind: 'urlset', entries: [] });
  });

  it('escapes what XML needs escaped, and leaves out an unknown lastmod', () => {
    expect(urlsetXml('http://localhost:3000', [{ path: '/search?q=a&b' }])).toContain('<url><loc>http://localhost:3000/search?q=a&amp;b</loc></url>');
  });

  it('names its parts through lib/paths and reads back only the names it writes', () => {
    expect(sitemapPartPath(2)).toBe('/sitemap/2.xml');
    expect(parseSitemapPart('2.xml')).toBe(2);
    for (const wrong of ['0.xml', '02.xml', '2', 'two.xml', '2.xml.gz', '-1.xml']) expect(parseSitemapPart(wrong)).toBeUndefined();
  });
});

describe('the origin of absolute URLs', () => {
  const headers = (values: Record<string, string>) => new Headers(values);

  it('is FIXPATH_PUBLIC_URL when set, whatever the request says', () => {
    expect(absoluteOrigin('https://support.example.com', headers({ host: 'internal:3000' }))).toBe('https://support.example.com');
  });

  it('is the request’s host and scheme when it is unset', () => {
    expect(absoluteOrigin(undefined, headers({ host: 'localhost:3000' }))).toBe('http://localhost:3000');
    expect(absoluteOrigin(undefined, headers({ host: 'a:1', 'x-forwarded-host': 'Help.Contoso.com', 'x-forwarded-proto': 'https' }))).toBe('https://help.contoso.com');
    expect(absoluteOrigin(undefined, headers({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
  });

  it('never writes a host that is not a host name', () => {
    expect(absoluteOrigin(undefined, headers({ host: 'evil.example/<x>' }))).toBe('http://localhost');
    expect(absoluteOrigin(undefined, headers({}))).toBe('http://localhost');
  });
});
