import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticles, type ArticleSummary } from '@/lib/content/article-list.server';
import { groupByTag } from '@/lib/content/browse';
import { browsePage, decideBrowsePage, pageNumbersAround, parsePageNumber } from '@/lib/content/browse-pages';

const [model] = listArticles(path.resolve('tests/fixtures/content/valid'));

/** `count` articles tagged `iis`, newest first as listArticles gives them; two also tagged `kerberos`. */
function taggedArticles(count: number): ArticleSummary[] {
  return Array.from({ length: count }, (_, index) => ({
    ...model!,
    slug: `article-${index + 1}`,
    tags: index < 2 ? ['iis', 'kerberos'] : ['iis'],
    products: ['iis'],
  }));
}

describe('pages of a tag or product', () => {
  const iis = groupByTag(taggedArticles(45)).find((group) => group.slug === 'iis')!;

  it('splits a group into pages of the given size, the last one shorter', () => {
    const pages = [1, 2, 3].map((number) => browsePage(iis, number, 20)!);
    expect(pages.map((page) => page.articles.length)).toEqual([20, 20, 5]);
    expect(pages.map((page) => page.first)).toEqual([1, 21, 41]);
    expect(pages[2]!.articles.at(-1)!.slug).toBe('article-45');
    expect(pages.every((page) => page.pageCount === 3)).toBe(true);
  });

  it('has no page 0, no page past the end, and one page for a small group', () => {
    expect(browsePage(iis, 0, 20)).toBeUndefined();
    expect(browsePage(iis, 4, 20)).toBeUndefined();
    expect(browsePage(iis, 1, 50)?.pageCount).toBe(1);
  });

  it('reads page numbers written as the site writes them, and nothing else', () => {
    expect(parsePageNumber('12')).toBe(12);
    for (const segment of ['0', '02', '1.5', '-3', 'two', '', '99999999999']) expect(parsePageNumber(segment)).toBeUndefined();
  });

  it('shows the first, the last and two numbers either side of the current page, with gaps', () => {
    expect(pageNumbersAround(6, 16)).toEqual([1, null, 4, 5, 6, 7, 8, null, 16]);
    expect(pageNumbersAround(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbersAround(2, 2)).toEqual([1, 2]);
  });
});

describe('what a link to a page of a tag or product gets', () => {
  const articles = taggedArticles(45);
  const decide = (pathname: string) => decideBrowsePage(pathname, articles, 20);

  it('renders a page that exists', () => {
    expect(decide('/tags/iis')).toEqual({ action: 'render' });
    expect(decide('/tags/kerberos/')).toEqual({ action: 'render' });
    expect(decide('/products/iis')).toEqual({ action: 'render' });
    expect(decide('/tags/iis/page/3')).toEqual({ action: 'render' });
    expect(decide('/products/iis/page/2')).toEqual({ action: 'render' });
  });

  it('sends page 1 to the group’s own URL for good, and a page past the end to the last page', () => {
    expect(decide('/tags/iis/page/1')).toEqual({ action: 'redirect', to: '/tags/iis', permanent: true });
    expect(decide('/tags/iis/page/9')).toEqual({ action: 'redirect', to: '/tags/iis/page/3', permanent: false });
    expect(decide('/tags/kerberos/page/2')).toEqual({ action: 'redirect', to: '/tags/kerberos', permanent: false });
  });

  it('answers 404 for an unknown group or a page number the site never writes', () => {
    for (const pathname of ['/tags/nope', '/products/not-a-product', '/tags/%E0%A4%A', '/tags/nope/page/2', '/products/not-a-product/page/2', '/tags/iis/page/02', '/tags/iis/page/x', '/tags/%E0%A4%A/page/2']) {
      expect(decide(pathname)).toEqual({ action: 'not-found' });
    }
  });
});
