import { PRODUCT_SLUGS, type ProductSlug } from '@/lib/content/products';
import { normaliseTerm, tokenize } from './terms';

/**
 * How readers name the products articles are filed under (`products` in the frontmatter), as words
 * of a query. `appliesTo` is free text with versions; the product ids are the closed list to match.
 * Windows is left out: "Windows authentication" is in nearly every query and names the feature, not
 * the operating system.
 */
const QUERY_NAMES: Record<ProductSlug, readonly string[]> = {
  'internet-explorer': ['ie', 'ie11', 'iexplore', 'internet explorer'],
  'microsoft-edge': ['edge', 'msedge'],
  'google-chrome': ['chrome'],
  'mozilla-firefox': ['firefox'],
  iis: ['iis', 'w3svc', 'appcmd'],
  'http-sys': ['http sys', 'httpsys', 'httperr'],
  'active-directory': ['active directory', 'ad', 'aduc'],
  windows: [],
};

/** Phrases of one or two normalised words, each with the products it names. */
const PRODUCTS_OF_PHRASE = new Map<string, number>();
PRODUCT_SLUGS.forEach((slug, bit) => {
  for (const name of QUERY_NAMES[slug]) PRODUCTS_OF_PHRASE.set(name, (PRODUCTS_OF_PHRASE.get(name) ?? 0) | (1 << bit));
});

/** A page's products as a bit set over PRODUCT_SLUGS: small enough for the browser's base file. */
export function productBits(products: readonly ProductSlug[]): number {
  return products.reduce((bits, slug) => bits | (1 << PRODUCT_SLUGS.indexOf(slug)), 0);
}

/**
 * The products a query names, as a bit set. Only finished words count: "fire" while typing
 * "firefox" names nothing yet, and a typo in a product's name is still found by the text itself.
 */
export function productsNamedIn(query: string): number {
  const words = tokenize(query)
    .map((word) => normaliseTerm(word) ?? word.toLowerCase())
    .filter((word) => word.length > 0);
  let bits = 0;
  words.forEach((word, i) => {
    bits |= PRODUCTS_OF_PHRASE.get(word) ?? 0;
    const next = words[i + 1];
    if (next !== undefined) bits |= PRODUCTS_OF_PHRASE.get(`${word} ${next}`) ?? 0;
  });
  return bits;
}

export const PRODUCT_COUNT = PRODUCT_SLUGS.length;
