import { pluralFor, type PluralText } from '../i18n/client-text';
import { intlLocaleOf } from '../i18n/format';
import type { FindingTextKey } from '../i18n/messages/diagnose-findings-en';

export type { FindingTextKey };

/**
 * A piece of a finding's text as data: a message of the DiagnoseFindings catalogue and its plain
 * parameters. A parameter may itself be a phrase ("the browser (Edge)"), put in before the message.
 * lib/diagnose writes only phrases, so the page can say them in its own language.
 */
export interface Phrase {
  key: FindingTextKey;
  params?: Readonly<Record<string, string | number | Phrase>>;
}

/**
 * The findings' messages in one language, as the browser gets them: `{name}` where a parameter
 * goes (`{name, number}` where a number goes, written the language's way), and the forms of a message with a `count` (components/diagnose/diagnose-words.tsx).
 */
export interface FindingWords {
  language: string;
  messages: Readonly<Record<FindingTextKey, string | PluralText>>;
}

/** Shorthand for a phrase. */
export const phrase = (key: FindingTextKey, params?: Phrase['params']): Phrase => (params ? { key, params } : { key });

/** A phrase in words. Parameters go in once each, so a pasted value holding `{name}` stays as it is. */
export function formatPhrase(phrase: Phrase, words: FindingWords): string {
  const template = words.messages[phrase.key];
  const params = phrase.params ?? {};
  const count = params.count;
  const text = typeof template === 'string' ? template : pluralFor(template, typeof count === 'number' ? count : 0);
  return text.replace(/\{(\w+)(, number)?\}/g, (whole, name: string, asNumber: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return formatPhrase(value, words);
    return asNumber && typeof value === 'number' ? new Intl.NumberFormat(intlLocaleOf(words.language)).format(value) : String(value);
  });
}

/** Phrases that make one paragraph, or null when there are none. */
export function formatPhrases(phrases: readonly Phrase[], words: FindingWords): string | null {
  return phrases.length === 0 ? null : phrases.map((part) => formatPhrase(part, words)).join(' ');
}

/** A finding's words, as the page and the CLI show them. */
export interface FindingText {
  message: string;
  inference: string | null;
  articleText: string | null;
  /** Each evidence line. */
  evidence: string[];
}

/** A finding's phrases in words. */
export function findingText(
  finding: { message: Phrase; inference: readonly Phrase[]; article?: { text: Phrase }; evidence: readonly Phrase[] },
  words: FindingWords,
): FindingText {
  return {
    message: formatPhrase(finding.message, words),
    inference: formatPhrases(finding.inference, words),
    articleText: finding.article ? formatPhrase(finding.article.text, words) : null,
    evidence: finding.evidence.map((line) => formatPhrase(line, words)),
  };
}
