import { useTranslations } from 'next-intl';
import { pageNumbersAround } from '@/lib/content/browse-pages';

interface BrowsePaginationProps {
  page: number;
  pageCount: number;
  /** The URL of a page of this list. */
  pathOf: (page: number) => string;
}

/** Links to the other pages of a list: previous, numbers around this one, next. */
export function BrowsePagination({ page, pageCount, pathOf: href }: BrowsePaginationProps) {
  const t = useTranslations('Browse');
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pages')} className="mt-8 flex flex-wrap items-center gap-2">
      {page > 1 && (
        <a href={href(page - 1)} rel="prev" className="rounded border border-border px-3 py-1">
          {t('previous')}
        </a>
      )}
      <ol className="flex flex-wrap items-center gap-2">
        {pageNumbersAround(page, pageCount).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span aria-current="page" className="inline-block rounded bg-surface px-3 py-1 font-semibold">
                  <span className="sr-only">{t('page')}</span>
                  {number}
                </span>
              ) : (
                <a href={href(number)} className="inline-block rounded px-3 py-1">
                  <span className="sr-only">{t('page')}</span>
                  {number}
                </a>
              )}
            </li>
          ),
        )}
      </ol>
      {page < pageCount && (
        <a href={href(page + 1)} rel="next" className="rounded border border-border px-3 py-1">
          {t('next')}
        </a>
      )}
    </nav>
  );
}
