import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticles } from '@/lib/content/articles.server';
import { groupByProduct, groupByTag, tagName } from '@/lib/content/browse';

const articles = listArticles(path.resolve('tests/fixtures/content/valid'));

describe('browse groups', () => {
  it('files each article under every tag it carries, tags sorted', () => {
    expect(groupByTag(articles).map((group) => [group.slug, group.articles.map((article) => article.slug)])).toEqual([
      ['printing', ['printer-offline']],
      ['vpn', ['vpn-drops']],
    ]);
  });

  it('lists only products some article is filed under', () => {
    expect(groupByProduct(articles).map((group) => [group.name, group.articles.map((article) => article.slug)])).toEqual([
      ['Windows', ['printer-offline']],
    ]);
  });

  it('shows tag slugs as words', () => {
    expect(tagName('http-401')).toBe('http 401');
  });
});
