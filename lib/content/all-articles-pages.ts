import type { ArticleSummary } from './article-list.server';
import { allArticlesPagePath, parseSitePath } from '@/lib/paths';
import { decidePageNumber, listPage, pageCountOf, type BrowsePageDecision, type ListPage } from './browse-pages';

/**
 * The list of every article by title, at /articles, in pages. At 1,000 articles one page of
 * titles was 588 KB of HTML. Page 1 keeps the URL the header links (`/articles`); later pages are
 * `/articles/page/2`, which no article URL can be, since an article's is one segment deep.
 */

/** Every article, A to Z by title. */
export function articlesByTitle(articles: readonly ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

/** Page `page` of every article by title, or undefined when there is no such page. */
export function allArticlesPage(articles: readonly ArticleSummary[], page: number, pageSize: number): ListPage<ArticleSummary> | undefined {
  return listPage(articlesByTitle(articles), page, pageSize);
}

/** What a link to a later page of the list gets: the page, the page it moved to, or a 404. */
export function decideAllArticlesPage(pathname: string, articleCount: number, pageSize: number): BrowsePageDecision {
  const route = parseSitePath(pathname);
  if (route?.kind !== 'all-articles-page') return { action: 'not-found' };
  return decidePageNumber(route.page, pageCountOf(articleCount, pageSize), allArticlesPagePath);
}
