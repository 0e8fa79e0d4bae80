import { PUBLIC_SITE_LANGUAGES, type SiteLanguage } from './site-languages';

/**
 * The site language a browser's preferences (`navigator.languages`, most wanted first) ask for
 * first: `de-AT` is German. Undefined when none of them is a language the site has.
 */
export function preferredSiteLanguage(browserLanguages: readonly string[]): SiteLanguage | undefined {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    const match = PUBLIC_SITE_LANGUAGES.find((language) => language === base);
    if (match) return match;
  }
  return undefined;
}
