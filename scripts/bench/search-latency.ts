/**
 * Query latency of the site's own search code, shared by `npm run bench` (generated outlines) and
 * `npm run bench:site` (the index the built site serves): the browser's split-index client, timed
 * once the parts a query needs are loaded, as a user feels it while typing.
 */
import { performance } from 'node:perf_hooks';
import type { SearchLimits } from '../../lib/search/query';
import type { ShardedSiteSearch } from '../../lib/search/sharded-client';

/** What people type: symptoms, error text, setting names, commands, a typo and unfinished words. */
export const QUERIES = [
  '401 unauthorized edge', 'EnableNegotiate', 'kerberso', 'keeps asking for my password', 'setspn', 'DisableLoopbackCheck',
  'iis 500.19', '407 proxy', 'certificate chrome', 'event id 4625', 'klist purge', 'clock skew kerberos',
  'sharepoint sign-in loop', 'ntlm', 'negotiat', 'double hop delegation', 'outlook password prompt', 'vpn domain controller',
  'trusted sites zone', 'application pool identity',
];

/** Every prefix of every query: what typing sends, one search per key press. */
export const TYPED = QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, end) => query.slice(0, end + 1)));

/** What the header box asks for (components/search/search-box.tsx). */
export const BOX_LIMITS: SearchLimits = { limit: 6, perPage: 3, snippetLength: 110 };

/** The nearest-rank percentile `p` (0–100) of `samples`. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Runs `run` and says how long it took. */
export async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** p50 and p95 of `rounds` passes over `queries`, after one pass that loads their shards and warms the JIT. */
export async function queryLatency(search: ShardedSiteSearch, queries: readonly string[], rounds = 20) {
  for (const query of queries) await search.search(query, BOX_LIMITS);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) samples.push((await timed(() => search.search(query, BOX_LIMITS))).ms);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}
