import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { SearchPageForm } from '@/components/search/search-page-form';
import { ALL_ARTICLES_PATH, HOME_PATH, TREES_PATH } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';
import { siteName } from '@/lib/site-config';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('NotFound'))('title') };
}

/**
 * For a page that finds nothing to show while rendering. Dead links normally never get here:
 * proxy.ts and the routes' known params send them to the full 404 page (app/global-not-found.tsx).
 * Next ships this boundary inside every page's payload, so it stays small.
 */
export default function NotFound() {
  const local = useLocalize();
  const t = useTranslations('NotFound');
  const tSearch = useTranslations('Search');
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('heading')}</h1>
      <p className="mt-3 text-lg">{t('mayHaveMoved')}</p>
      <SearchPageForm query="" label={tSearch('siteLandmark')} />
      <p className="mt-8">
        <a href={local(ALL_ARTICLES_PATH)}>{t('browseAll')}</a> · <a href={local(TREES_PATH)}>{t('troubleshooters')}</a> ·{' '}
        <a href={local(HOME_PATH)}>{t('homePage', { site: siteName })}</a>
      </p>
    </div>
  );
}
