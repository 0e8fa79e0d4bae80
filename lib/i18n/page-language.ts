import { SOURCE_LANGUAGE } from './languages';
import { isSiteLanguage, type SiteLanguage } from './site-languages';

/**
 * The language of a page from its `[lang]` segment. The layout only accepts known languages
 * (`dynamicParams = false`), so anything else is a caller's mistake and renders in English.
 */
export function pageLanguage(segment: string | undefined): SiteLanguage {
  return isSiteLanguage(segment) ? segment : SOURCE_LANGUAGE;
}
