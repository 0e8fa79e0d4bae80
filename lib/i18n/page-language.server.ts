import 'server-only';
import { setRequestLocale } from 'next-intl/server';
import { pageLanguage } from './page-language';
import type { SiteLanguage } from './site-languages';

/**
 * Reads a page's language from its `[lang]` segment and hands it to next-intl for this render.
 * Every page and layout under app/[lang]/ calls it first: without it next-intl would read the
 * language from the request's headers, which makes a static page dynamic.
 */
export async function enterPageLanguage(params: Promise<{ lang: string }>): Promise<SiteLanguage> {
  const lang = pageLanguage((await params).lang);
  setRequestLocale(lang);
  return lang;
}
