'use client';

import type { MouseEvent, ReactNode } from 'react';
import { sendSearchEvents } from '@/lib/feedback/search-events-client';

/**
 * Around the /search page's results: tells /insights that a result of `query` was opened (the
 * search itself was counted by the server when it rendered the page). The links stay plain links;
 * without JavaScript the search counts and its opens cannot be seen.
 */
export function RecordOpenedResults({ query, children }: { query: string; children: ReactNode }) {
  const onOpen = (event: MouseEvent<HTMLDivElement>) => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    if ((event.target as Element).closest('a[href]')) sendSearchEvents([], query);
  };
  return (
    <div onClick={onOpen} onAuxClick={onOpen}>
      {children}
    </div>
  );
}
