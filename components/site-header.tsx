import { useTranslations } from 'next-intl';
import { LanguageSwitcher } from '@/components/i18n/language-switcher';
import { SearchBox } from '@/components/search/search-box';
import { useSearchBoxWords } from '@/components/search/search-box-words';
import { useHitWords } from '@/components/search/hit-words';
import { languageChoices } from '@/lib/i18n/language-names';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { siteName } from '@/lib/site-config';
import { ALL_ARTICLES_PATH, DIAGNOSE_PATH, HOME_PATH, localizePath, TREES_PATH } from '@/lib/paths';

/** The bar on every page: the way home, the main sections, the search box and the other languages. */
export function SiteHeader({ lang }: { lang: SiteLanguage }) {
  const to = (path: string) => localizePath(lang, path);
  const t = useTranslations('SiteHeader');
  const tLanguage = useTranslations('Language');
  return (
    <header className="site-chrome border-b border-border bg-surface">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-page focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <a href={to(HOME_PATH)} className="text-lg font-bold text-text no-underline">
          {siteName}
        </a>
        <nav aria-label={t('mainNav')}>
          <ul className="flex gap-4 text-sm">
            <li>
              <a href={to(ALL_ARTICLES_PATH)}>{t('articles')}</a>
            </li>
            <li>
              <a href={to(TREES_PATH)}>{t('troubleshooters')}</a>
            </li>
            <li>
              <a href={to(DIAGNOSE_PATH)}>{t('readHeaders')}</a>
            </li>
          </ul>
        </nav>
        <SearchBox lang={lang} hitWords={useHitWords()} words={useSearchBoxWords()} />
        <LanguageSwitcher current={lang} choices={languageChoices()} label={tLanguage('switcher')} />
      </div>
    </header>
  );
}
