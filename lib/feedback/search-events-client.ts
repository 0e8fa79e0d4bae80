import type { SiteLanguage } from '@/lib/i18n/site-languages';

/** A settled search as the box reports it: the query and how many suggestions it showed. */
export interface SettledSearch {
  query: string;
  results: number;
}

/**
 * Sends search events, made on a page in `language`, to `POST /api/events` from the browser. `keepalive`, so a search reported as
 * the reader follows a result still arrives; a failure is dropped, since statistics must never get
 * in a reader's way.
 */
export function sendSearchEvents(language: SiteLanguage, searches: readonly SettledSearch[], openedQuery?: string): void {
  const events = [
    ...searches.map((search) => ({ type: 'search', query: search.query, results: search.results, language })),
    ...(openedQuery === undefined ? [] : [{ type: 'search-opened', query: openedQuery, language }]),
  ];
  if (events.length === 0) return;
  void fetch('/api/events', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ events }),
    credentials: 'same-origin',
    keepalive: true,
  }).catch(() => undefined);
}
