import { useTranslations } from 'next-intl';
import { SEARCH_PATH } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

/**
 * A search form inside a page (the /search page, the 404 page): a plain GET form, so a search works
 * without JavaScript. `label` names the landmark ("Search again" unless given), since the header
 * holds another search form.
 */
export function SearchPageForm({ query, label }: { query: string; label?: string }) {
  const local = useLocalize();
  const t = useTranslations('Search');
  return (
    <form action={local(SEARCH_PATH)} method="get" role="search" aria-label={label ?? t('formLandmark')} className="mt-4 flex max-w-2xl flex-wrap gap-2">
      <label htmlFor="search-page-query" className="w-full font-semibold">
        {t('formLabel')}
      </label>
      <input
        id="search-page-query"
        name="q"
        type="search"
        defaultValue={query}
        autoComplete="off"
        className="min-w-0 flex-1 rounded border border-border bg-page px-3 py-2 text-text"
      />
      <button type="submit" className="rounded bg-[var(--color-link)] px-4 py-2 font-semibold text-[var(--color-page)]">
        {t('submit')}
      </button>
    </form>
  );
}
