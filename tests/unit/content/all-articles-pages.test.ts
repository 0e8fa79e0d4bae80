import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allArticlesPage, decideAllArticlesPage } from '@/lib/content/all-articles-pages';
import { listArticles, type ArticleSummary } from '@/lib/content/article-list.server';

const [model] = listArticles(path.resolve('tests/fixtures/content/valid'));

/** Articles whose titles arrive in no particular order: "Title 7", "Title 14", … */
function articles(count: number): ArticleSummary[] {
  return Array.from({ length: count }, (_, index) => ({ ...model!, slug: `article-${index}`, title: `Title ${(index * 7) % count}` }));
}

describe('the list of every article, in pages', () => {
  it('orders the whole list by title before cutting it into pages', () => {
    const all = articles(25);
    const pages = [1, 2, 3].map((number) => allArticlesPage(all, number, 10)!);
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 5]);
    const titles = pages.flatMap((page) => page.items.map((article) => article.title));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    expect(new Set(titles).size).toBe(25);
    expect(pages[1]!.first).toBe(11);
    expect(allArticlesPage(all, 4, 10)).toBeUndefined();
  });

  it('renders pages that exist, moves page 1 and pages past the end, and answers 404 to numbers the site never writes', () => {
    const decide = (pathname: string) => decideAllArticlesPage(pathname, 25, 10);
    expect(decide('/articles/page/3')).toEqual({ action: 'render' });
    expect(decide('/articles/page/1')).toEqual({ action: 'redirect', to: '/articles', permanent: true });
    expect(decide('/articles/page/7')).toEqual({ action: 'redirect', to: '/articles/page/3', permanent: false });
    for (const pathname of ['/articles/page/03', '/articles/page/three', '/articles/page/0']) expect(decide(pathname)).toEqual({ action: 'not-found' });
  });
});
