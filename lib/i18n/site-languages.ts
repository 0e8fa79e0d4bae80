import { SOURCE_LANGUAGE, TRANSLATION_LANGUAGE_IDS, type TranslationLanguage } from './languages';
import { PSEUDO_LANGUAGE, pseudoLanguageEnabled } from './pseudo-language';

/**
 * The languages the site is served in: English at the site's unprefixed URLs (every link published
 * before translations keeps working), each translation language under its own prefix (`/de/…`).
 * The test build (FIXPATH_PSEUDO_LOCALE=1) adds the pseudo-language under `/en-XA/…`; it is never
 * offered to readers (`PUBLIC_SITE_LANGUAGES`: the switcher, sitemap and hreflang).
 */
export type SiteLanguage = typeof SOURCE_LANGUAGE | TranslationLanguage | typeof PSEUDO_LANGUAGE;

/** The languages readers are offered: what the switcher, sitemap, hreflang and language suggestion list. */
export const PUBLIC_SITE_LANGUAGES: readonly SiteLanguage[] = [SOURCE_LANGUAGE, ...TRANSLATION_LANGUAGE_IDS];

export const SITE_LANGUAGES: readonly SiteLanguage[] = pseudoLanguageEnabled() ? [...PUBLIC_SITE_LANGUAGES, PSEUDO_LANGUAGE] : PUBLIC_SITE_LANGUAGES;

export function isSiteLanguage(id: string | undefined): id is SiteLanguage {
  return id !== undefined && (SITE_LANGUAGES as readonly string[]).includes(id);
}
