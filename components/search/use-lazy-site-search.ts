import { useCallback, useEffect, useRef, useState } from 'react';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { hitsInLanguage } from '@/lib/search/hit-language';
import type { HitWords, SearchHit, SearchLimits } from '@/lib/search/query';
import type { SiteSearchClient } from '@/lib/search/sharded-client';

/** Where the index is: not asked for yet, on its way, ready to query, or unavailable. */
export type LazySiteSearch = { status: 'idle' | 'loading' | 'failed' } | { status: 'ready'; search: SiteSearchClient };

/**
 * The index's base and the search code arrive together on the first call to `load` (the box's first
 * focus), so pages that nobody searches from never download either. A failed load is retried on the
 * next call. `language` is the page's: another language than English loads its index and the
 * English one (sharded-client.ts loadLanguage).
 */
export function useLazySiteSearch(language: SiteLanguage): { index: LazySiteSearch; load: () => void } {
  const [index, setIndex] = useState<LazySiteSearch>({ status: 'idle' });
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setIndex({ status: 'loading' });
    import('@/lib/search/browser')
      .then(async (module) => setIndex({ status: 'ready', search: await module.loadSiteSearch(language) }))
      .catch(() => {
        started.current = false;
        setIndex({ status: 'failed' });
      });
  }, [language]);
  return { index, load };
}

/**
 * The hits for `query`, kept until the next query's hits arrive (the parts of the index a new word
 * needs are fetched on demand), so the list never flickers empty while typing. An answer that
 * arrives after a newer query started is dropped. `current` says whether they are this query's own.
 */
export function useSearchHits(
  index: LazySiteSearch,
  query: string,
  limits: SearchLimits,
  words?: HitWords,
  pageLanguage?: SiteLanguage,
): { hits: SearchHit[]; failed: boolean; current: boolean } {
  const [state, setState] = useState<{ query: string; hits: SearchHit[]; failed: boolean }>({ query: '', hits: [], failed: false });
  const { limit, perPage, snippetLength } = limits;
  useEffect(() => {
    if (index.status !== 'ready' || query === '') return;
    let current = true;
    index.search
      .search(query, { limit, perPage, snippetLength }, words)
      // Results in another language than the page's (the pseudo-language's English index) say so.
      .then((hits) => current && setState({ query, hits: pageLanguage ? hitsInLanguage(hits, index.search.language, pageLanguage) : hits, failed: false }))
      .catch(() => current && setState({ query, hits: [], failed: true }));
    return () => {
      current = false;
    };
  }, [index, query, limit, perPage, snippetLength, words, pageLanguage]);
  // `current`: the hits are this query's own, not the previous query's kept on screen meanwhile.
  return query === '' ? { hits: [], failed: false, current: false } : { hits: state.hits, failed: state.failed, current: state.query === query };
}
