/**
 * The products an article can be filed under, for browse-by-product pages. A closed list (unlike
 * `appliesTo`, which is free text with versions) so that one product never splits into two pages.
 */
export const PRODUCTS = {
  'internet-explorer': 'Internet Explorer',
  'microsoft-edge': 'Microsoft Edge',
  'google-chrome': 'Google Chrome',
  'mozilla-firefox': 'Mozilla Firefox',
  iis: 'IIS (Internet Information Services)',
  'http-sys': 'HTTP.sys',
  'active-directory': 'Active Directory',
  windows: 'Windows',
} as const;

/** A product's URL slug. */
export type ProductSlug = keyof typeof PRODUCTS;

export const PRODUCT_SLUGS = Object.keys(PRODUCTS) as [ProductSlug, ...ProductSlug[]];
