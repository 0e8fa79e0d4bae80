import type { ArticleSummary } from './articles.server';
import { PRODUCTS, type ProductSlug } from './products';

/** One browse page's entry: a tag or a product, with the articles filed under it. */
export interface BrowseGroup {
  slug: string;
  name: string;
  articles: ArticleSummary[];
}

/** Every tag in use, with its articles, tags in alphabetical order. */
export function groupByTag(articles: readonly ArticleSummary[]): BrowseGroup[] {
  const groups = new Map<string, ArticleSummary[]>();
  for (const article of articles) {
    for (const tag of article.tags) {
      // Pushed, not copied: a tag page and the proxy group 1,000 articles on every request they serve.
      const tagged = groups.get(tag);
      if (tagged) tagged.push(article);
      else groups.set(tag, [article]);
    }
  }
  return [...groups].map(([slug, tagged]) => ({ slug, name: tagName(slug), articles: tagged })).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every product some article is filed under, in the order of the product list. */
export function groupByProduct(articles: readonly ArticleSummary[]): BrowseGroup[] {
  return (Object.keys(PRODUCTS) as ProductSlug[])
    .map((slug) => ({ slug, name: PRODUCTS[slug], articles: articles.filter((article) => article.products.includes(slug)) }))
    .filter((group) => group.articles.length > 0);
}

/** `http-401` → `http 401`: tags are slugs; pages show them as words. */
export function tagName(slug: string): string {
  return slug.replace(/-/g, ' ');
}
