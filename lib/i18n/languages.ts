/**
 * The languages content may be translated into: the one registry a translation's file suffix
 * (`<slug>.de.mdx`, `<tree>.de.yaml`) is checked against. English is the source language; its files
 * carry no suffix and hold the structure every translation follows.
 */

/** The language every source file is written in. */
export const SOURCE_LANGUAGE = 'en';

/** Languages a translation may be written in, by id (the file suffix and, later, the URL prefix). */
export const TRANSLATION_LANGUAGES = {
  de: { englishName: 'German', nativeName: 'Deutsch' },
} as const;

/** The id of a language a translation may be written in. */
export type TranslationLanguage = keyof typeof TRANSLATION_LANGUAGES;

/** The translation languages' ids, in registry order. */
export const TRANSLATION_LANGUAGE_IDS = Object.keys(TRANSLATION_LANGUAGES) as TranslationLanguage[];

export function isTranslationLanguage(id: string): id is TranslationLanguage {
  return Object.hasOwn(TRANSLATION_LANGUAGES, id);
}
