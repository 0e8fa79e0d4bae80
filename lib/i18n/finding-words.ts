import type { FindingWords } from '../diagnose/phrase';
import { pluralTextOf } from './client-text';
import { intlLocaleOf } from './format';
import { ENGLISH_FINDING_WORDS, type FindingTextKey } from './messages/diagnose-findings-en';

type Format = (key: FindingTextKey, values: Record<string, string | number>) => string;

/**
 * What a number argument (`{max, number}`) is formatted with on the server, then found again by its
 * digits and put back as `{max, number}` for the browser to fill in (lib/diagnose/phrase.ts). Large and
 * with no digit run of the plural samples (0–199) before its group separators, so neither is mistaken for the other.
 */
const NUMBER_SAMPLE = 987654321;

/** The arguments of a message, read from the English catalogue (every language's take the same ones). */
function argumentsOf(key: FindingTextKey): string[] {
  return [...new Set([...ENGLISH_FINDING_WORDS[key].matchAll(/\{(\w+)/g)].map((match) => match[1] as string))];
}

/** The arguments of a message written as numbers (`{max, number}`), in the order they appear. */
function numberArgumentsOf(key: FindingTextKey): string[] {
  return [...ENGLISH_FINDING_WORDS[key].matchAll(/\{(\w+), number\}/g)].map((match) => match[1] as string);
}

/**
 * The findings' messages for the browser, from `format` (a translator of the DiagnoseFindings
 * namespace): each argument left as `{name}`, and a message counting something as its plural forms,
 * so the page formats findings with plain strings and no message formatter ships.
 */
export function findingWordsOf(language: string, format: Format): FindingWords {
  const keys = Object.keys(ENGLISH_FINDING_WORDS) as FindingTextKey[];
  const messages = Object.fromEntries(
    keys.map((key) => {
      const names = argumentsOf(key);
      const numbers = numberArgumentsOf(key);
      const placeholders = Object.fromEntries(
        names.filter((name) => name !== 'count').map((name) => [name, numbers.includes(name) ? NUMBER_SAMPLE : `{${name}}`]),
      );
      const sample = new Intl.NumberFormat(intlLocaleOf(language)).format(NUMBER_SAMPLE);
      const formatted = (values: Record<string, string | number>) =>
        numbers.reduce((text, name) => text.replace(sample, `{${name}, number}`), format(key, values));
      const counted = names.includes('count');
      return [key, counted ? pluralTextOf(language, (count) => formatted({ ...placeholders, count })) : formatted(placeholders)];
    }),
  ) as FindingWords['messages'];
  return { language, messages };
}
