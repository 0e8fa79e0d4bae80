import GithubSlugger from 'github-slugger';
import type { Anchor } from '../../lib/content/remark-anchors';
import type { SectionText } from '../../lib/content/remark-section-text';
import type { ProductSlug } from '../../lib/content/products';
import type { OutlinedArticle } from '../../lib/content/validated-content';
import { seededRandom } from '../../lib/seeded-random';
import { between, paragraph, pick, sentence, shuffled, type Random } from './text';
import { COMMANDS, CONCEPTS, ERRORS, HEADINGS, OBJECTS, PRODUCTS, REGISTRY_VALUES, SYMPTOMS, VERBS } from './vocabulary';

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

function stepText(random: Random, product: string, error: string): { title: string; text: string } {
  const roll = random();
  if (roll < 0.2) {
    const value = pick(random, REGISTRY_VALUES);
    return {
      title: `Set ${value.name} to ${value.data}`,
      text: `Double-click ${value.name} and change its value to ${value.data}. ${value.path} ${value.name} ${value.type} ${value.data}`,
    };
  }
  if (roll < 0.4) {
    const command = pick(random, COMMANDS);
    return { title: `Run ${command.split(' ')[0]}`, text: `Open an elevated Command Prompt and run: ${command} ${sentence(random, product, error)}` };
  }
  return { title: `${pick(random, VERBS)} ${pick(random, OBJECTS)}`, text: paragraph(random, product, error, between(random, 1, 3)) };
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

/** One article: frontmatter, 5–9 sections and 1–3 procedures of 3–8 steps, as the compiler would outline it. */
function article(random: Random, index: number): OutlinedArticle {
  const product = pick(random, PRODUCTS);
  const app = `${pick(random, COMPANIES)} ${pick(random, APPS)}`;
  const error = articleError(random, app);
  const symptom = pick(random, SYMPTOMS);
  const title = random() < 0.5 ? `${app} on ${product}: ${symptom} (${error})` : `${error} in the ${app} when ${pick(random, CONCEPTS)} changes`;
  const slugger = new GithubSlugger();
  const anchors: Anchor[] = [];
  const sections: SectionText[] = [];
  let line = 10;
  const addAnchor = (kind: Anchor['kind'], heading: string, text: string, level: number) => {
    const id = slugger.slug(heading);
    anchors.push({ id, kind, title: heading, line: (line += 4), level });
    sections.push({ anchorId: id, text });
  };

  const headings = shuffled(random, HEADINGS).slice(0, between(random, 5, 9));
  const procedures = between(random, 1, 3);
  headings.forEach((heading, position) => {
    addAnchor('heading', heading, paragraph(random, product, error, between(random, 2, 7)), random() < 0.8 ? 2 : 3);
    if (position >= procedures) return;
    addAnchor('procedure', `${pick(random, VERBS)} ${pick(random, CONCEPTS)} on ${product}`, '', 0);
    const steps = between(random, 3, 8);
    for (let number = 1; number <= steps; number += 1) {
      const step = stepText(random, product, error);
      addAnchor('step', step.title, step.text, number);
    }
  });

  return {
    slug: `${slugger.slug(title).slice(0, 60)}-${index}`,
    title,
    summary: paragraph(random, product, error, 2),
    products: productIdsOf(product),
    // What its readers type: its own error and application first, then a few symptoms any article may share.
    symptoms: [
      `${error} in the ${app}`,
      `${app} ${symptom}`,
      ...Array.from({ length: between(random, 2, 6) }, () => (random() < 0.3 ? `${pick(random, ERRORS)} in ${product}` : pick(random, SYMPTOMS))),
    ],
    anchors,
    sections,
  };
}

/** A deterministic corpus of `count` support articles. */
export function generateCorpus(count: number, seed = 20261128): OutlinedArticle[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => article(random, index + 1));
}
