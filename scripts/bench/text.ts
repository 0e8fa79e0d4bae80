/**
 * The deterministic text both benchmark corpora are written from: the search bench's outlines
 * (generate-corpus.ts) and the site bench's MDX articles (site-article.ts). One place, so the two
 * corpora read alike and a change of voice reaches both.
 */
import type { seededRandom } from '../../lib/seeded-random';
import { COMMANDS, CONCEPTS, ERRORS, PRODUCTS, REGISTRY_VALUES, SYMPTOMS } from './vocabulary';

/** A seeded generator; the same seed always yields the same text. */
export type Random = ReturnType<typeof seededRandom>;

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
export const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** Fisher–Yates, so the order depends on the seed only, not on the engine's sort. */
export function shuffled<T>(random: Random, list: readonly T[]): T[] {
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
export function specific(random: Random): string {
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
export function sentence(random: Random, product: string, error: string): string {
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

export function paragraph(random: Random, product: string, error: string, count: number): string {
  return Array.from({ length: count }, () => sentence(random, product, error)).join(' ');
}
