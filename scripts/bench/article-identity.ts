/**
 * Who a generated article is about: its product, application, error, symptom and title. The
 * search bench (generate-corpus.ts) and the site bench (site-plan.ts) both draw them here, so the
 * two corpora are the same kind of knowledge base (issue 26: the generator stays realistic as it grows).
 */
import type { ProductSlug } from '../../lib/content/products';
import { between, pick, type Random } from './text';
import { CONCEPTS, ERRORS, PRODUCTS, SYMPTOMS } from './vocabulary';

/**
 * The product ids an article about `product` is filed under, as an author would choose them: the
 * browser or server it is about (web applications run on IIS), none for the rest (Outlook, Teams…).
 */
const PRODUCT_IDS: [RegExp, ProductSlug][] = [
  [/Internet Explorer/, 'internet-explorer'],
  [/Edge/, 'microsoft-edge'],
  [/Chrome/, 'google-chrome'],
  [/Firefox/, 'mozilla-firefox'],
  [/IIS|SharePoint|Exchange|Outlook on the web|Reporting Services|Power BI|Team Foundation|Dynamics/, 'iis'],
  [/Windows/, 'windows'],
  [/AD FS/, 'active-directory'],
];

export function productIdsOf(product: string): ProductSlug[] {
  return PRODUCT_IDS.filter(([pattern]) => pattern.test(product)).map(([, id]) => id);
}

const COMPANIES = ['Contoso', 'Fabrikam', 'Northwind', 'Adatum', 'Tailspin', 'Woodgrove', 'Litware', 'Proseware', 'Wingtip', 'Fourth Coffee'];
const APPS = [
  'expense portal', 'HR portal', 'intranet', 'wiki', 'ticketing system', 'time sheets', 'document library', 'report server', 'CRM',
  'build server', 'payroll site', 'learning portal', 'travel booking', 'asset register', 'helpdesk', 'extranet', 'dashboard',
  'customer portal', 'inventory app', 'project site',
];

/**
 * The error an article is about. A knowledge base of thousands of articles has a few on each
 * well-known error, not hundreds: one article in ten takes a shared one (401 Unauthorized,
 * KRB_AP_ERR_MODIFIED…), the others a code of their own application. Before, every title and symptom
 * came from 25 errors and 23 symptoms, so at 10,000 articles each title was repeated about 16 times
 * and search among them was noise (issue 26).
 */
function articleError(random: Random, app: string): string {
  if (random() < 0.1) return pick(random, ERRORS);
  const code = app
    .split(' ')
    .map((word) => word[0]?.toUpperCase())
    .join('');
  const choices = [
    () => `error 0x${between(random, 0x80040000, 0x8004ffff).toString(16).toUpperCase()}`,
    () => `${code}-${between(random, 1000, 9999)}`,
    () => `event ${between(random, 10000, 65000)}`,
  ];
  return pick(random, choices)();
}

export interface ArticleIdentity {
  product: string;
  app: string;
  error: string;
  symptom: string;
  title: string;
}

/** Draws one article's identity; the order of draws is fixed, so a seed gives the same corpus. */
export function articleIdentity(random: Random): ArticleIdentity {
  const product = pick(random, PRODUCTS);
  const app = `${pick(random, COMPANIES)} ${pick(random, APPS)}`;
  const error = articleError(random, app);
  const symptom = pick(random, SYMPTOMS);
  const title = random() < 0.5 ? `${app} on ${product}: ${symptom} (${error})` : `${error} in the ${app} when ${pick(random, CONCEPTS)} changes`;
  return { product, app, error, symptom, title };
}
