'use client';

import type { MouseEvent, ReactNode } from 'react';
import { sendSearchEvents } from '@/lib/feedback/search-events-client';
import type { SiteLanguage } from '@/lib/i18n/site-languages';

/**
 * Around the /search page's results: tells /insights that a result of `query` was opened (the
 * search itself was counted by the server when it rendered the page). The links stay plain links;
 * without JavaScript the search counts and its opens cannot be seen.
 */
export function RecordOpenedResults({ query, language, children }: { query: string; language: SiteLanguage; children: ReactNode }) {
  const onOpen = (event: MouseEvent<HTMLDivElement>) => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    if ((event.target as Element).closest('a[href]')) sendSearchEvents(language, [], query);
  };
  return (
    <div onClick={onOpen} onAuxClick={onOpen}>
      {children}
    </div>
  );
}
