import { fillIn, intlLocaleOf } from './format';

/**
 * Messages a client island shows with a number it only knows in the browser ("3 answers so far"):
 * the server writes the message once per plural category of the language, with `{count}` where the
 * number goes, and the island picks the form with Intl.PluralRules, so no message formatter ships.
 * A message with exact-value cases (`=0 {…}`) or digits of its own ("HTTP 401") cannot be written
 * this way, since the sample number is found by its digits: give those their own key.
 */
export interface PluralText {
  language: string;
  forms: Partial<Record<Intl.LDMLPluralRule, string>>;
}

/** The first numbers tried for each category: small ones, which read naturally in every language. */
const SAMPLES = Array.from({ length: 200 }, (_, index) => index);

/** On the server: `format(count)` is the catalogue message; its number is put back as `{count}`. */
export function pluralTextOf(language: string, format: (count: number) => string): PluralText {
  const locale = intlLocaleOf(language);
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const forms: PluralText['forms'] = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const sample = SAMPLES.find((count) => rules.select(count) === category);
    if (sample !== undefined) forms[category] = format(sample).replace(numbers.format(sample), '{count}');
  }
  return { language, forms };
}

/**
 * One plural rule set and number format per locale: making them is the costly part of Intl (ICU
 * data), and a troubleshooter step's islands pick a form on every step they render (issue 26: some
 * 2 % of the browser's work in a click that opens an outcome).
 */
const formatters = new Map<string, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

function formattersOf(locale: string) {
  let found = formatters.get(locale);
  if (!found) {
    found = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    formatters.set(locale, found);
  }
  return found;
}

/** In the browser: the form for `count`, with the number written the language's way. */
export function pluralFor(text: PluralText, count: number): string {
  const { rules, numbers } = formattersOf(intlLocaleOf(text.language));
  const form = text.forms[rules.select(count)] ?? text.forms.other ?? '';
  return fillIn(form, { count: numbers.format(count) });
}

/** A sentence with one link in it, for an island: the words before the link, the link's, and after. */
export type LinkedText = readonly [before: string, link: string, after: string];

const LINK_MARK = '\u0001';

/** The tag function for the one link of a message, when it is written with `t.markup` for `linkedText`. */
export const markLink = (chunks: string) => `${LINK_MARK}${chunks}${LINK_MARK}`;

/** A message written with `t.markup(key, { tag: markLink })`, split around its link. */
export function linkedText(marked: string): LinkedText {
  const [before = '', link = '', after = ''] = marked.split(LINK_MARK);
  return [before, link, after];
}
