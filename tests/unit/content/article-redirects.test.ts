import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleRedirects } from '@/lib/content/article-redirects';
import { replacementOfSlug } from '@/lib/content/article-list.server';

describe('article redirects', () => {
  it('leads an old slug to the article that lists it in redirectFrom, read from frontmatter alone', () => {
    const root = path.resolve('tests/fixtures/content/published');
    expect(replacementOfSlug('moved-article', root)).toBe('replacement');
    expect(replacementOfSlug('gone-article', root)).toBeUndefined();
  });

  it('lets the first claim in slug order win should content claim an old slug twice, as the proxy must still answer', () => {
    const redirects = articleRedirects([
      { slug: 'second', redirectFrom: ['old', 'older'] },
      { slug: 'first', redirectFrom: ['old'] },
    ]);
    expect(Object.fromEntries(redirects)).toEqual({ old: 'first', older: 'second' });
  });
});
