import { SearchPageForm } from '@/components/search/search-page-form';
import { ALL_ARTICLES_PATH, HOME_PATH, TREES_PATH } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

export const metadata = { title: 'Page not found' };

/**
 * For a page that finds nothing to show while rendering. Dead links normally never get here:
 * proxy.ts and the routes' known params send them to the full 404 page (app/global-not-found.tsx).
 * Next ships this boundary inside every page's payload, so it stays small.
 */
export default function NotFound() {
  const local = useLocalize();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-3 text-lg">The link may be mistyped or cut short, or the page may have moved.</p>
      <SearchPageForm query="" label="Search the site" />
      <p className="mt-8">
        <a href={local(ALL_ARTICLES_PATH)}>Browse all articles</a> · <a href={local(TREES_PATH)}>Guided troubleshooters</a> ·{' '}
        <a href={local(HOME_PATH)}>Fixpath home page</a>
      </p>
    </div>
  );
}
