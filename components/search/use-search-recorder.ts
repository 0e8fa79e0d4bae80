import { useCallback, useEffect, useRef } from 'react';
import { sendSearchEvents, type SettledSearch } from '@/lib/feedback/search-events-client';
import { normalizeSearchQuery } from '@/lib/feedback/search-query';
import type { SiteLanguage } from '@/lib/i18n/site-languages';

/** How long a query must stay unchanged, its suggestions shown, to count as a search. */
export const SEARCH_SETTLE_MS = 1200;
/** Most searches one visit to the box reports. */
const MAX_SETTLED = 10;
/** Shorter queries are a word being started (the box suggests nothing below three letters), not a search. */
const MIN_QUERY_LENGTH = 2;

/** How the reader left the box: what happens to the searches it settled. */
export type SearchEnd = { opened: string } | { submitted: string } | 'left';

/**
 * The searches one visit to the header's box made, for /insights. Not every keystroke: a query
 * counts once its suggestions have stood for {@link SEARCH_SETTLE_MS}, and a query that grows or
 * shrinks from the one before replaces it ("kerb" then "kerberos" is one search). They are sent
 * when the reader leaves the box: with the opened suggestion, without the query submitted to
 * /search (that page counts it when it renders), or as they are when focus or the page goes.
 */
export function useSearchRecorder(language: SiteLanguage) {
  const settled = useRef<SettledSearch[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const keep = useCallback((search: SettledSearch) => {
    const list = settled.current;
    const last = list.at(-1);
    if (last && (search.query.startsWith(last.query) || last.query.startsWith(search.query))) list.pop();
    if (list.length < MAX_SETTLED) list.push(search);
  }, []);

  /** The box shows `results` suggestions for `query`: it counts if it stays so for a moment. */
  const shown = useCallback(
    (query: string, results: number) => {
      clearTimeout(timer.current);
      const folded = normalizeSearchQuery(query);
      if (folded.length < MIN_QUERY_LENGTH) return;
      timer.current = setTimeout(() => keep({ query: folded, results }), SEARCH_SETTLE_MS);
    },
    [keep],
  );

  /** The reader is done with the box: report its searches once. */
  const end = useCallback(
    (how: SearchEnd, current?: SettledSearch) => {
      clearTimeout(timer.current);
      // What was on screen when the reader acted counts even if it had not stood long yet.
      if (current && normalizeSearchQuery(current.query) !== '') keep({ query: normalizeSearchQuery(current.query), results: current.results });
      let searches = settled.current;
      settled.current = [];
      if (typeof how === 'object' && 'submitted' in how) {
        const submitted = normalizeSearchQuery(how.submitted);
        searches = searches.filter((search) => search.query !== submitted);
      }
      const opened = typeof how === 'object' && 'opened' in how ? normalizeSearchQuery(how.opened) : undefined;
      sendSearchEvents(language, searches, opened || undefined);
    },
    [keep, language],
  );

  // A tab closed or sent to the background with searches pending still reports them.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') end('left');
    };
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      clearTimeout(timer.current);
    };
  }, [end]);

  return { shown, end };
}
