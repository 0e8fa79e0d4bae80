import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { findingText, type FindingWords } from '../diagnose/phrase';
import type { Finding } from '../diagnose/types';
import { findingWordsOf } from './finding-words';
import { intlLocaleOf } from './format';
import { ENGLISH_FINDING_WORDS } from './messages/diagnose-findings-en';

/**
 * The findings' English words, for what runs outside a page (the diagnose CLI, tests). The CLI runs
 * with the react-server condition, where next-intl's translator does not load, so the few ICU forms
 * these messages use (arguments, plural with `#`) are formatted here from the parsed message.
 */
export function englishFindingWords(): FindingWords {
  return findingWordsOf('en', (key, values) => formatElements(parse(ENGLISH_FINDING_WORDS[key]), values, null));
}

function formatElements(elements: readonly MessageFormatElement[], values: Record<string, string | number>, count: number | null): string {
  const locale = intlLocaleOf('en');
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.argument) return String(values[element.value] ?? '');
      if (element.type === TYPE.number) {
        const value = values[element.value];
        return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value ?? '');
      }
      if (element.type === TYPE.pound) return count === null ? '#' : new Intl.NumberFormat(locale).format(count);
      if (element.type === TYPE.plural) {
        const value = Number(values[element.value]);
        const option = element.options[`=${value}`] ?? element.options[new Intl.PluralRules(locale).select(value)] ?? element.options.other;
        return option ? formatElements(option.value, values, value) : '';
      }
      throw new Error(`DiagnoseFindings: message form ${element.type} is not formatted for the CLI`);
    })
    .join('');
}

/** A finding with its words in English, as the CLI prints it. */
export type EnglishFinding = Omit<Finding, 'message' | 'inference' | 'article' | 'evidence'> & {
  message: string;
  inference: string | null;
  evidence: string[];
  article?: Omit<NonNullable<Finding['article']>, 'text'> & { text: string };
};

/** Puts a finding's phrases into English. */
export function englishFinding(finding: Finding, words: FindingWords = englishFindingWords()): EnglishFinding {
  const { message, inference, articleText, evidence } = findingText(finding, words);
  const { article, ...rest } = finding;
  return { ...rest, message, inference, evidence, ...(article ? { article: { ...article, text: articleText ?? '' } } : {}) };
}
