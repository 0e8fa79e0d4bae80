import { expect, it } from 'vitest';
import { createFeedbackApi } from '@/lib/feedback/feedback-api';
import { knownTargetsFrom } from '@/lib/feedback/known-targets';
import type { FeedbackStore, StoredSearchEvent } from '@/lib/feedback/store';
import { T0 } from './fixtures';
import type { StorageTarget } from './storage-suite';

const all = { from: 0, to: Number.MAX_SAFE_INTEGER };
const search = (query: string, results: number, source: 'box' | 'page' = 'box'): StoredSearchEvent => ({ kind: 'search', query, results, source, language: 'en' });
const opened = (query: string): StoredSearchEvent => ({ kind: 'opened', query, language: 'en' });

function postEvents(events: unknown[]): Request {
  return new Request('http://localhost/api/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', 'x-forwarded-for': '10.9.9.9' },
    body: JSON.stringify({ events }),
  });
}

/** What readers looked for and did not find, on either database. */
export function searchStorageChecks(target: StorageTarget, stores: FeedbackStore[]) {
  async function freshStore() {
    const store = await (await target.fresh()).open();
    stores.push(store);
    return store;
  }

  it('lists searches that found nothing or whose results nobody opened, most searched first', async () => {
    const store = await freshStore();
    await store.recordSearchEvents([search('printer offline', 0), search('printer offline', 0, 'page'), search('printer offline', 0)], T0);
    await store.recordSearchEvents([search('kerberos', 12), opened('kerberos'), search('kerberos', 12, 'page')], T0);
    await store.recordSearchEvents([search('iis 401.2', 4, 'page'), search('iis 401.2', 4)], T0);
    // Found something once and nothing once (content changed in between): still listed.
    await store.recordSearchEvents([search('vpn', 3), opened('vpn'), search('vpn', 0)], T0 + 10);

    expect(await store.unansweredSearches(all, 10)).toEqual({
      totals: { searches: 9, foundNothing: 4, opened: 2 },
      queries: [
        { query: 'printer offline', searches: 3, foundNothing: 3, opened: 0 },
        // Equal counts: the one that came up empty comes first.
        { query: 'vpn', searches: 2, foundNothing: 1, opened: 1 },
        { query: 'iis 401.2', searches: 2, foundNothing: 0, opened: 0 },
      ],
    });
    expect((await store.unansweredSearches(all, 1)).queries).toHaveLength(1);
    // The window is half-open, as for votes: the vpn searches at T0 + 10 are outside [T0, T0 + 10).
    expect((await store.unansweredSearches({ from: T0, to: T0 + 10 }, 10)).queries.map((row) => row.query)).toEqual(['printer offline', 'iis 401.2']);
  });

  it('stores what the events API accepts folded, without the visitor, and a bad batch not at all', async () => {
    const store = await freshStore();
    const api = createFeedbackApi({ store: async () => store, targets: () => knownTargetsFrom([], []), now: () => T0 });
    const accepted = await api.postEvents(
      postEvents([
        { type: 'search', query: '  Kerbéros   TICKET ', results: 0 },
        { type: 'search', query: 'kerberos ticket', results: 0 },
        { type: 'search', query: 'CONTOSO\\jdoe jane.doe@contoso.com cannot sign in', results: 0 },
      ]),
    );
    expect(accepted.status).toBe(201);
    const refused = await api.postEvents(postEvents([{ type: 'search', query: 'fine', results: 1 }, { type: 'search', query: '   ', results: 0 }]));
    expect(refused.status).toBe(400);
    expect((await refused.json()).message).toContain('must contain a word');

    expect((await store.unansweredSearches(all, 10)).queries).toEqual([
      { query: 'kerberos ticket', searches: 2, foundNothing: 2, opened: 0 },
      { query: '[account] [email] cannot sign in', searches: 1, foundNothing: 1, opened: 0 },
    ]);
  });

  it('stores a batch of search events whole or not at all', async () => {
    const store = await freshStore();
    const tooLong = { kind: 'search', query: 'x'.repeat(201), results: 0, source: 'box' } as StoredSearchEvent;
    await expect(store.recordSearchEvents([search('first', 0), tooLong], T0)).rejects.toThrow();
    expect(await store.unansweredSearches(all, 10)).toEqual({ totals: { searches: 0, foundNothing: 0, opened: 0 }, queries: [] });
  });
}
