import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPageSearchRecorder, pageSearchSkipReason } from '@/lib/feedback/page-search-record';
import { TokenBucketLimiter } from '@/lib/feedback/rate-limit';
import { normalizeSearchQuery, SEARCH_QUERY_MAX_LENGTH } from '@/lib/feedback/search-query';
import { openSqliteStore } from '@/lib/feedback/sqlite-store.server';
import { T0 } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const all = { from: 0, to: Number.MAX_SAFE_INTEGER };

describe('a search query as stored', () => {
  it('folds case, accents and whitespace so one search typed two ways counts once', () => {
    expect(normalizeSearchQuery('  Kerbéros\tTICKET  expired ')).toBe('kerberos ticket expired');
    expect(normalizeSearchQuery('ＨＴＴＰ 401')).toBe('http 401');
    expect(normalizeSearchQuery('Ñtlm   ')).toBe(normalizeSearchQuery('ntlm'));
  });

  it('keeps no e-mail address or DOMAIN\\user account, and nothing of an empty query', () => {
    expect(normalizeSearchQuery('jane.doe@contoso.com locked out')).toBe('[email] locked out');
    expect(normalizeSearchQuery('CONTOSO\\jdoe 401')).toBe('[account] 401');
    expect(normalizeSearchQuery(' \u0301 ')).toBe('');
  });

  it('cuts a pasted wall of text', () => {
    expect(normalizeSearchQuery('a'.repeat(500))).toHaveLength(SEARCH_QUERY_MAX_LENGTH);
  });
});

describe('the /search page counting the searches it renders', () => {
  const headers = (extra: Record<string, string> = {}) => new Headers({ 'x-forwarded-for': '10.1.2.3', ...extra });

  it('skips crawlers, prefetches and empty queries', () => {
    expect(pageSearchSkipReason({ query: 'kerberos', results: 3, language: 'en', headers: headers(), isBot: false })).toBeUndefined();
    expect(pageSearchSkipReason({ query: 'kerberos', results: 3, language: 'en', headers: headers(), isBot: true })).toBe('a crawler');
    expect(pageSearchSkipReason({ query: 'kerberos', results: 3, language: 'en', headers: headers({ 'sec-purpose': 'prefetch' }), isBot: false })).toBe('a prefetch');
    expect(pageSearchSkipReason({ query: '   ', results: 0, language: 'en' as const, headers: headers(), isBot: false })).toBe('an empty query');
  });

  it('stores the folded query with its result count, within a per-client rate', async () => {
    const store = openSqliteStore(path.join(dir, 'page.db'));
    const record = createPageSearchRecorder({ store: async () => store, limiter: new TokenBucketLimiter({ capacity: 2, refillPerSecond: 0 }), now: () => T0 });
    const request = { query: 'Printer  OFFLINE', results: 0, language: 'en' as const, headers: headers(), isBot: false };
    expect(await record(request)).toBe('recorded');
    expect(await record(request)).toBe('recorded');
    expect(await record(request)).toBe('skipped');
    expect(await record({ ...request, headers: headers({ 'x-forwarded-for': '10.9.9.9' }) })).toBe('recorded');
    expect((await store.unansweredSearches(all, 10)).queries).toEqual([{ query: 'printer offline', searches: 3, foundNothing: 3, opened: 0 }]);
    await store.close();
  });

  it('never fails the page when storage is down: it logs once', async () => {
    const logged: string[] = [];
    const record = createPageSearchRecorder({ store: () => Promise.reject(new Error('disk full')), log: (line) => logged.push(line) });
    const request = { query: 'vpn', results: 1, language: 'en' as const, headers: headers(), isBot: false };
    expect(await record(request)).toBe('skipped');
    expect(await record(request)).toBe('skipped');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('disk full');
  });
});
