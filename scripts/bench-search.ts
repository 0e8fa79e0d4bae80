/**
 * `npm run bench`: builds the search index for a generated corpus of 1,000 articles with the site's
 * own indexing code, and reports its size and query latency. A script, not a test: the figures
 * depend on the machine, and the README records them.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { searchCorpus } from '../lib/search/documents';
import { buildSiteSearch, fromSearchIndexFile, toSearchIndexFile } from '../lib/search/engine';
import { searchSite } from '../lib/search/query';
import { generateCorpus } from './bench/generate-corpus';

const ARTICLES = 1000;
const ROUNDS = 20;

/** What people type: symptoms, error text, setting names, commands, a typo and unfinished words. */
const QUERIES = [
  '401 unauthorized edge', 'EnableNegotiate', 'kerberso', 'keeps asking for my password', 'setspn', 'DisableLoopbackCheck',
  'iis 500.19', '407 proxy', 'certificate chrome', 'event id 4625', 'klist purge', 'clock skew kerberos',
  'sharepoint sign-in loop', 'ntlm', 'negotiat', 'double hop delegation', 'outlook password prompt', 'vpn domain controller',
  'trusted sites zone', 'application pool identity',
];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function latency(search: ReturnType<typeof buildSiteSearch>, queries: readonly string[]) {
  for (const query of queries) searchSite(search, query); // warm up the JIT
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of queries) samples.push(time(() => searchSite(search, query)).ms);
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}

const articles = generateCorpus(ARTICLES);
const corpus = searchCorpus(articles, []);
const textBytes = articles.reduce((total, article) => total + article.sections.reduce((sum, section) => sum + section.text.length, 0), 0);
const built = time(() => buildSiteSearch(corpus));
const json = JSON.stringify(toSearchIndexFile(built.value));
const raw = Buffer.byteLength(json);
const gzip = gzipSync(json).length;
const brotli = brotliCompressSync(json).length;
const loaded = time(() => fromSearchIndexFile(JSON.parse(json)));
// What typing sends: every prefix of every query, as the search box runs it on each key press.
const typed = QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, end) => query.slice(0, end + 1)));

const kb = (bytes: number) => `${bytes.toLocaleString('en-GB')} bytes (${(bytes / 1024).toFixed(0)} KiB)`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const whole = latency(loaded.value, QUERIES);
const keystrokes = latency(loaded.value, typed);

console.log(`search bench · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`corpus:   ${ARTICLES} articles, ${corpus.documents.length} documents (articles, sections, procedures, steps), ${kb(textBytes)} of section text`);
console.log(`index:    ${kb(raw)} raw · ${kb(gzip)} gzip · ${kb(brotli)} brotli`);
console.log(`build:    ${ms(built.ms)} to index · ${ms(loaded.ms)} to parse and load the JSON`);
console.log(`queries:  p50 ${ms(whole.p50)} · p95 ${ms(whole.p95)} over ${whole.samples} runs of ${QUERIES.length} queries (results + snippets)`);
console.log(`typing:   p50 ${ms(keystrokes.p50)} · p95 ${ms(keystrokes.p95)} over ${keystrokes.samples} runs of every prefix of those queries`);
