import { isSiteLanguage, SITE_LANGUAGES, type SiteLanguage } from '@/lib/i18n/site-languages';

/**
 * The `lang` of /insights, its CSV export and `npm run insights -- --lang`: one site language, or
 * all of them when it is empty, absent or `all`. A value that is no site language is a problem to
 * report, never a crash.
 */
export function parseReportLanguage(raw: string | null | undefined): { language?: SiteLanguage; problem?: string } {
  if (raw === undefined || raw === null || raw === '' || raw === 'all') return {};
  if (isSiteLanguage(raw)) return { language: raw };
  return { problem: `"${raw}" is not one of the site's languages (all, ${SITE_LANGUAGES.join(', ')})` };
}

// Insights are read by the site's team and stay in English, whatever the pages' languages.
const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** A site language's English name ("German"), or "all languages". */
export function reportLanguageName(language: SiteLanguage | undefined): string {
  return language === undefined ? 'all languages' : (names.of(language) ?? language);
}

/** The languages an export splits its rows into: the one asked for, or each site language. */
export function exportLanguages(language: SiteLanguage | undefined): readonly SiteLanguage[] {
  return language === undefined ? SITE_LANGUAGES : [language];
}
