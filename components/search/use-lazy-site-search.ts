import { useCallback, useRef, useState } from 'react';
import type { SiteSearch } from '@/lib/search/engine';
import type { searchSite } from '@/lib/search/query';

/** Where the index is: not asked for yet, on its way, ready to query, or unavailable. */
export type LazySiteSearch =
  | { status: 'idle' | 'loading' | 'failed' }
  | { status: 'ready'; search: SiteSearch; run: typeof searchSite };

/**
 * The index and the search code arrive together on the first call to `load` (the box's first focus),
 * so pages that nobody searches from never download either. A failed load is retried on the next call.
 */
export function useLazySiteSearch(): { index: LazySiteSearch; load: () => void } {
  const [index, setIndex] = useState<LazySiteSearch>({ status: 'idle' });
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setIndex({ status: 'loading' });
    import('@/lib/search/browser')
      .then(async (module) => setIndex({ status: 'ready', search: await module.fetchSiteSearch(), run: module.searchSite }))
      .catch(() => {
        started.current = false;
        setIndex({ status: 'failed' });
      });
  }, []);
  return { index, load };
}
