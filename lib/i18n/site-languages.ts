import { SOURCE_LANGUAGE, TRANSLATION_LANGUAGE_IDS, type TranslationLanguage } from './languages';

/**
 * The languages the site is served in: English at the site's unprefixed URLs (every link published
 * before translations keeps working), each translation language under its own prefix (`/de/…`).
 */
export type SiteLanguage = typeof SOURCE_LANGUAGE | TranslationLanguage;

export const SITE_LANGUAGES: readonly SiteLanguage[] = [SOURCE_LANGUAGE, ...TRANSLATION_LANGUAGE_IDS];

export function isSiteLanguage(id: string | undefined): id is SiteLanguage {
  return id !== undefined && (SITE_LANGUAGES as readonly string[]).includes(id);
}
