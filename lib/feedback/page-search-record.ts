import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { clientKey, TokenBucketLimiter } from './rate-limit';
import { normalizeSearchQuery } from './search-query';
import { storageOutageLog } from './storage-outage-log';
import type { FeedbackStore } from './store';

/** What a rendered /search page tells the recorder about its request. */
export interface PageSearchRequest {
  query: string;
  results: number;
  headers: Headers;
  /** The language of the /search page that rendered the results. */
  language: SiteLanguage;
  /** The user agent says it is a crawler (the page asks Next, which keeps the list). */
  isBot: boolean;
}

/** Why a rendered search is not counted, or undefined when it is. */
export function pageSearchSkipReason(request: PageSearchRequest): string | undefined {
  if (request.isBot) return 'a crawler';
  const purpose = `${request.headers.get('sec-purpose') ?? ''} ${request.headers.get('purpose') ?? ''}`;
  // A prefetch is a guess that the reader may follow a link, not a search they made.
  if (/prefetch|prerender/i.test(purpose) || request.headers.get('next-router-prefetch') !== null) return 'a prefetch';
  if (normalizeSearchQuery(request.query) === '') return 'an empty query';
  return undefined;
}

/**
 * Counts the searches the /search page renders, which is how a search without JavaScript is
 * counted (the box records its own with JavaScript, and leaves the query it submits here to this).
 * Never in the reader's way: it runs after the page is sent, drops what a client sends beyond the
 * events API's own rate, and logs a storage outage once instead of failing.
 */
export function createPageSearchRecorder(options: { store: () => Promise<FeedbackStore>; limiter?: TokenBucketLimiter; now?: () => number; log?: (message: string) => void }) {
  const limiter = options.limiter ?? new TokenBucketLimiter({ capacity: 30, refillPerSecond: 0.5 });
  const outage = storageOutageLog(options.log ?? ((message) => console.error(`[search insights] ${message}`)));
  return async function recordPageSearch(request: PageSearchRequest): Promise<'recorded' | 'skipped'> {
    if (pageSearchSkipReason(request) !== undefined) return 'skipped';
    if (!limiter.take(clientKey(request.headers)).allowed) return 'skipped';
    const query = normalizeSearchQuery(request.query);
    try {
      await (await options.store()).recordSearchEvents([{ kind: 'search', query, results: request.results, source: 'page', language: request.language }], (options.now ?? Date.now)());
      outage.over();
      return 'recorded';
    } catch (error) {
      outage.refused(error instanceof Error ? error.message : String(error));
      return 'skipped';
    }
  };
}
