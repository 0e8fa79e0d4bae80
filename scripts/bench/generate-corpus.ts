import GithubSlugger from 'github-slugger';
import type { Anchor } from '../../lib/content/remark-anchors';
import type { SectionText } from '../../lib/content/remark-section-text';
import type { ArticleForSearch } from '../../lib/search/documents';
import { seededRandom } from '../../lib/seeded-random';
import { COMMANDS, CONCEPTS, ERRORS, HEADINGS, OBJECTS, PRODUCTS, REGISTRY_VALUES, SYMPTOMS, VERBS } from './vocabulary';

type Random = ReturnType<typeof seededRandom>;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** Fisher–Yates, so the order depends on the seed only, not on the engine's sort. */
function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const DOMAINS = ['contoso', 'fabrikam', 'northwind', 'adatum', 'tailspin', 'woodgrove', 'litware', 'proseware', 'wingtip', 'fourthcoffee'];
const ROLES = ['web', 'app', 'sql', 'dc', 'proxy', 'adfs', 'rdgw', 'sp', 'exch', 'print'];

/** Names that differ from article to article, as real ones do: hosts, accounts, update numbers, codes. */
function specific(random: Random): string {
  const domain = pick(random, DOMAINS);
  const host = `${pick(random, ROLES)}${String(between(random, 1, 99)).padStart(2, '0')}`;
  const choices = [
    () => `${host}.${domain}.com`,
    () => `${domain.toUpperCase()}\\svc-${pick(random, ROLES)}${between(random, 1, 9)}`,
    () => `KB${between(random, 2000000, 5099999)}`,
    () => `0x${between(random, 0x80070000, 0x800fffff).toString(16).toUpperCase()}`,
    () => `build ${between(random, 10, 26)}.${between(random, 0, 9)}.${between(random, 1000, 26999)}`,
    () => `HTTP/${host}.${domain}.com:${pick(random, [80, 443, 8080, 8443])}`,
  ];
  return pick(random, choices)();
}

/** Sentences in the voice of the site's articles, each naming a product, concept, error or setting. */
function sentence(random: Random, product: string, error: string): string {
  const concept = pick(random, CONCEPTS);
  const other = pick(random, CONCEPTS);
  const templates = [
    () => `In our example the server is ${specific(random)} and the account is ${specific(random)}.`,
    () => `The update ${specific(random)} changed how ${concept} behaves; see also ${specific(random)}.`,
    () => `When ${concept} is misconfigured, ${product} can't complete the sign-in and shows ${error}.`,
    () => `${product} tries ${concept} first and only falls back to ${other} when the server offers it.`,
    () => `Check ${concept} on the web server before you change anything on the client computers.`,
    () => `Run \`${pick(random, COMMANDS)}\` and compare the output with the values in the table below.`,
    () => `The security log on the domain controller records ${pick(random, ERRORS)} for each failed attempt.`,
    () => `If ${concept} and ${other} disagree, users see ${pick(random, SYMPTOMS)}.`,
    () => `This affects ${product} and, by some reports, ${pick(random, PRODUCTS)} as well.`,
    () => `Microsoft's documentation says ${concept} must match the name users type in the address bar.`,
    () => `A change to ${concept} takes effect after the users sign out and sign in again.`,
    () => `Make a note of the current value of ${pick(random, REGISTRY_VALUES).name} so you can undo the change.`,
  ];
  return pick(random, templates)();
}

function paragraph(random: Random, product: string, error: string, count: number): string {
  return Array.from({ length: count }, () => sentence(random, product, error)).join(' ');
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

/** One article: frontmatter, 5–9 sections and 1–3 procedures of 3–8 steps, as the compiler would outline it. */
function article(random: Random, index: number): ArticleForSearch {
  const product = pick(random, PRODUCTS);
  const error = pick(random, ERRORS);
  const symptom = pick(random, SYMPTOMS);
  const title = random() < 0.5 ? `${product} ${symptom} (${error})` : `${error} in ${product} when ${pick(random, CONCEPTS)} changes`;
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
    symptoms: Array.from({ length: between(random, 4, 8) }, () => (random() < 0.3 ? `${pick(random, ERRORS)} in ${product}` : pick(random, SYMPTOMS))),
    anchors,
    sections,
  };
}

/** A deterministic corpus of `count` support articles. */
export function generateCorpus(count: number, seed = 20261128): ArticleForSearch[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => article(random, index + 1));
}
