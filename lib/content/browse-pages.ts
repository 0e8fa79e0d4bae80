import { groupByProduct, groupByTag, type BrowseGroup } from './browse';
import { BROWSE_FOLDERS, browsePagePath, parseSitePath, type BrowseKind } from '@/lib/paths';
import { safeDecodeURIComponent } from '@/lib/safe-decode';
import type { ArticleSummary } from './article-list.server';

/**
 * Tag and product pages split into pages of a fixed size, newest articles first. At 1,000
 * articles a big tag listed every article on one page: 800 KB of HTML, and the slowest pages of
 * the build. The first page is the group's own URL (`/tags/iis`); later ones are
 * `/tags/iis/page/2`, so the link people already have keeps working.
 */

/** How a kind of group is named and found. */
export interface BrowseKindInfo {
  label: string;
  plural: string;
  basePath: string;
  groups: (articles: readonly ArticleSummary[]) => BrowseGroup[];
}

export const BROWSE_KINDS: Record<BrowseKind, BrowseKindInfo> = {
  tag: { label: 'Tag', plural: 'tags', basePath: BROWSE_FOLDERS.tag, groups: groupByTag },
  product: { label: 'Product', plural: 'products', basePath: BROWSE_FOLDERS.product, groups: groupByProduct },
};

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** One page of a list cut into pages of `pageSize`. */
export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
  /** 1-based position of the first item shown, for "21–40 of 312". */
  first: number;
}

/** One page of a group's articles. */
export interface BrowsePage extends Omit<ListPage<ArticleSummary>, 'items'> {
  group: BrowseGroup;
  articles: ArticleSummary[];
}

/** Page `page` of `items`, or undefined when there is no such page (a list always has page 1). */
export function listPage<T>(items: readonly T[], page: number, pageSize: number): ListPage<T> | undefined {
  const pageCount = pageCountOf(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, pageCount, first: start + 1 };
}

/** Page `page` of a group, or undefined when the group has no such page. */
export function browsePage(group: BrowseGroup, page: number, pageSize: number): BrowsePage | undefined {
  const found = listPage(group.articles, page, pageSize);
  if (!found) return undefined;
  const { items, ...position } = found;
  return { group, articles: items, ...position };
}

/** The number in `…/page/<n>`, written the one way the site links it: digits, no leading zero. */
export function parsePageNumber(segment: string): number | undefined {
  if (!/^[1-9]\d{0,5}$/.test(segment)) return undefined;
  return Number(segment);
}

/**
 * Page numbers to link from page `page` of `pageCount`: the first, the last and two on each side of
 * the current one, with a gap (null) where numbers are left out: 1 … 4 5 [6] 7 8 … 16.
 */
export function pageNumbersAround(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let near = page - 2; near <= page + 2; near += 1) if (near >= 1 && near <= pageCount) shown.add(near);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((number, index) => (index > 0 && number - (sorted[index - 1] as number) > 1 ? [null, number] : [number]));
}

/** What the request proxy does with a page of a group (`/tags/<slug>` or `/tags/<slug>/page/<n>`). */
export type BrowsePageDecision = { action: 'render' } | { action: 'not-found' } | { action: 'redirect'; to: string; permanent: boolean };

/**
 * What a link to page `segment` of a list of `pageCount` pages gets. Page 1 always lives at the
 * list's own URL; a page past the end, which an older link can point at once the list shrinks,
 * leads to the last page there is; a number the site never writes (`02`, `two`) is a 404.
 */
export function decidePageNumber(segment: string, pageCount: number, pathOf: (page: number) => string): BrowsePageDecision {
  const page = parsePageNumber(segment);
  if (page === undefined) return { action: 'not-found' };
  if (page === 1) return { action: 'redirect', to: pathOf(1), permanent: true };
  if (page > pageCount) return { action: 'redirect', to: pathOf(pageCount), permanent: false };
  return { action: 'render' };
}

/**
 * Tag and product pages render on their first request, so unknown groups and page numbers are
 * settled before that (as for articles: an on-demand notFound() has no body without JavaScript).
 */
export function decideBrowsePage(pathname: string, articles: readonly ArticleSummary[], pageSize: number): BrowsePageDecision {
  const route = parseSitePath(pathname);
  if (route?.kind !== 'browse') return { action: 'not-found' };
  const kind = route.browse;
  const slug = safeDecodeURIComponent(route.slug);
  const group = slug === undefined ? undefined : BROWSE_KINDS[kind].groups(articles).find((candidate) => candidate.slug === slug);
  if (!group) return { action: 'not-found' };
  if (route.page === undefined) return { action: 'render' };
  return decidePageNumber(route.page, pageCountOf(group.articles.length, pageSize), (page) => browsePagePath(kind, group.slug, page));
}
