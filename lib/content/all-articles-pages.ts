import type { ArticleSummary } from './article-list.server';
import { decidePageNumber, listPage, pageCountOf, type BrowsePageDecision, type ListPage } from './browse-pages';

/**
 * The list of every article by title, at /articles, in pages. At 1,000 articles one page of
 * titles was 588 KB of HTML. Page 1 keeps the URL the header links (`/articles`); later pages are
 * `/articles/page/2`, which no article URL can be, since an article's is one segment deep.
 */

export const ALL_ARTICLES_PATH = '/articles';

const LATER_PAGE = /^\/articles\/page\/([^/]+)\/?$/;

/** Every article, A to Z by title. */
export function articlesByTitle(articles: readonly ArticleSummary[]): ArticleSummary[] {
  return [...articles].sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

/** The URL of page `page` of the list: page 1 is /articles itself. */
export function allArticlesPagePath(page: number): string {
  return page <= 1 ? ALL_ARTICLES_PATH : `${ALL_ARTICLES_PATH}/page/${page}`;
}

/** Page `page` of every article by title, or undefined when there is no such page. */
export function allArticlesPage(articles: readonly ArticleSummary[], page: number, pageSize: number): ListPage<ArticleSummary> | undefined {
  return listPage(articlesByTitle(articles), page, pageSize);
}

/** Whether a path is shaped like a later page of the list (`/articles/page/<n>`). */
export function isLaterAllArticlesPagePath(pathname: string): boolean {
  return LATER_PAGE.test(pathname);
}

/** What a link to a later page of the list gets: the page, the page it moved to, or a 404. */
export function decideAllArticlesPage(pathname: string, articleCount: number, pageSize: number): BrowsePageDecision {
  const match = LATER_PAGE.exec(pathname);
  if (!match) return { action: 'not-found' };
  return decidePageNumber(match[1] as string, pageCountOf(articleCount, pageSize), allArticlesPagePath);
}
