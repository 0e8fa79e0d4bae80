/**
 * The sitemap protocol (sitemaps.org): pure, so the split can be tested on any number of URLs.
 * A file lists at most 50,000 URLs; more are split into numbered files that a sitemap index at
 * /sitemap.xml lists. Paths come from lib/paths.ts; only the origin is added here.
 */

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/** One page to list: its path on the site and, when known, the day it last changed (YYYY-MM-DD). */
export interface SitemapEntry {
  path: string;
  lastmod?: string;
}

/** What /sitemap.xml holds: every URL when they fit one file, otherwise an index of the numbered parts. */
export type SitemapPlan = { kind: 'urlset'; entries: readonly SitemapEntry[] } | { kind: 'index'; parts: readonly SitemapEntry[][] };

/** Splits the entries into files of at most `maxUrls`, in order. */
export function splitSitemap(entries: readonly SitemapEntry[], maxUrls = SITEMAP_MAX_URLS): SitemapEntry[][] {
  const parts: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += maxUrls) parts.push(entries.slice(start, start + maxUrls));
  return parts;
}

/** One file when everything fits in it (the common case: no index to follow), else an index. */
export function planSitemap(entries: readonly SitemapEntry[], maxUrls = SITEMAP_MAX_URLS): SitemapPlan {
  return entries.length <= maxUrls ? { kind: 'urlset', entries } : { kind: 'index', parts: splitSitemap(entries, maxUrls) };
}

/** The newest `lastmod` of some entries: a part's own date in the index. */
export function newestLastmod(entries: readonly SitemapEntry[]): string | undefined {
  let newest: string | undefined;
  for (const entry of entries) if (entry.lastmod !== undefined && (newest === undefined || entry.lastmod > newest)) newest = entry.lastmod;
  return newest;
}

// Paths from lib/paths.ts are already URL-safe; XML still needs & and < escaped.
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function entryXml(tag: 'url' | 'sitemap', origin: string, entry: SitemapEntry): string {
  const lastmod = entry.lastmod === undefined ? '' : `<lastmod>${escapeXml(entry.lastmod)}</lastmod>`;
  return `<${tag}><loc>${escapeXml(origin + entry.path)}</loc>${lastmod}</${tag}>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A `<urlset>` file: absolute URLs from `origin` (no trailing slash) and the entries' paths. */
export function urlsetXml(origin: string, entries: readonly SitemapEntry[]): string {
  return `${XML_HEAD}\n<urlset xmlns="${NAMESPACE}">\n${entries.map((entry) => entryXml('url', origin, entry)).join('\n')}\n</urlset>\n`;
}

/** A `<sitemapindex>` naming each part file (`partPath(n)`, from 1) with its newest lastmod. */
export function sitemapIndexXml(origin: string, parts: readonly (readonly SitemapEntry[])[], partPath: (part: number) => string): string {
  const files = parts.map((entries, index) => entryXml('sitemap', origin, { path: partPath(index + 1), lastmod: newestLastmod(entries) }));
  return `${XML_HEAD}\n<sitemapindex xmlns="${NAMESPACE}">\n${files.join('\n')}\n</sitemapindex>\n`;
}
