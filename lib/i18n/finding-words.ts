import type { FindingWords } from '../diagnose/phrase';
import { pluralTextOf } from './client-text';
import { ENGLISH_FINDING_WORDS, type FindingTextKey } from './messages/diagnose-findings-en';

type Format = (key: FindingTextKey, values: Record<string, string | number>) => string;

/** The arguments of a message, read from the English catalogue (every language's take the same ones). */
function argumentsOf(key: FindingTextKey): string[] {
  return [...new Set([...ENGLISH_FINDING_WORDS[key].matchAll(/\{(\w+)/g)].map((match) => match[1] as string))];
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
      const placeholders = Object.fromEntries(names.filter((name) => name !== 'count').map((name) => [name, `{${name}}`]));
      const counted = names.includes('count');
      return [key, counted ? pluralTextOf(language, (count) => format(key, { ...placeholders, count })) : format(key, placeholders)];
    }),
  ) as FindingWords['messages'];
  return { language, messages };
}
