import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSummaries, listArticles } from '@/lib/content/article-list.server';

const root = path.resolve('tests/fixtures/content/valid');

describe("an article's related list", () => {
  it('shows the same articles, in the same order, as picking them out of the whole list', () => {
    const wanted = ['printer-offline', 'vpn-drops'];
    const fromWholeList = listArticles(root).filter((article) => wanted.includes(article.slug));
    expect(articleSummaries(['vpn-drops', 'printer-offline'], root)).toEqual(fromWholeList);
  });

  it('leaves out slugs no article has and lists a slug named twice once', () => {
    const summaries = articleSummaries(['vpn-drops', 'no-such-article', 'vpn-drops', '../articles/vpn-drops'], root);
    expect(summaries.map((article) => article.slug)).toEqual(['vpn-drops']);
    expect(summaries[0]!.title).toBe(listArticles(root).find((article) => article.slug === 'vpn-drops')!.title);
  });
});
