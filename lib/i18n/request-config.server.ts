import 'server-only';
import { getRequestConfig } from 'next-intl/server';
import { SOURCE_LANGUAGE } from './languages';
import { catalogueOf } from './messages';
import { isSiteLanguage } from './site-languages';

/**
 * next-intl's per-request configuration (wired in next.config.mjs). The language is the one the
 * page named with `setRequestLocale` (its `[lang]` segment); anything else renders in English.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isSiteLanguage(requested) ? requested : SOURCE_LANGUAGE;
  return { locale, messages: catalogueOf(locale) };
});
