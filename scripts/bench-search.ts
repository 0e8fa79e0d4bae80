/**
 * `npm run bench [-- --articles 1000,10000]`: for each size, builds the search index of the shipped
 * articles plus that many generated ones with the site's own indexing code, splits it as the build
 * does, and reports what the browser downloads for its first query, how long queries take, and how
 * well the relevance set (tests/unit/search/relevance-set.ts) still finds the shipped articles among
 * the generated ones. A script, not a test: the figures depend on the machine, and the README
 * records them.
 */
import path from 'node:path';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { searchCorpus } from '../lib/search/documents';
import { buildSiteSearch } from '../lib/search/engine';
import { searchSite } from '../lib/search/query';
import { shardSiteSearch } from '../lib/search/sharded';
import { ShardedSiteSearch } from '../lib/search/sharded-client';
import { pageFile, shardFile } from '../lib/search/sharded-format';
import { loadSearchModels } from '../lib/search/site-search.server';
import { relevanceScore } from '../tests/unit/search/relevance-set';
import { generateCorpus } from './bench/generate-corpus';
import { BOX_LIMITS, percentile, QUERIES, TYPED } from './bench/search-latency';

const { values: options } = parseArgs({ options: { articles: { type: 'string', default: process.env.BENCH_ARTICLES ?? '1000,10000' } } });
const SIZES = options.articles.split(',').map(Number);
if (SIZES.some((size) => !Number.isInteger(size) || size < 0)) throw new Error('--articles takes whole numbers separated by commas, such as 1000,10000');
const ROUNDS = 20;

async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** CPU time of one run: what the code costs, less at the mercy of other processes than the wall clock on a shared machine. */
async function cpuTimed(run: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;
const line = (samples: readonly number[]) => `p50 ${ms(percentile(samples, 50))} · p95 ${ms(percentile(samples, 95))} (${samples.length} runs)`;

const shipped = await loadSearchModels(path.resolve('content'));
console.log(`search bench · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})`);

for (const size of SIZES) {
  // The shipped articles first, as a real site would have them beside what it grew into.
  const corpus = searchCorpus([...shipped.articles, ...generateCorpus(size)], shipped.troubleshooters);
  const buildStart = performance.now();
  const server = buildSiteSearch(corpus);
  const split = shardSiteSearch(server);
  const buildMs = performance.now() - buildStart;

  // The files exactly as the build serves them, gzip-compressed as the server sends them to a browser
  // without brotli (a browser with it gets fewer bytes).
  const files = new Map<string, string>([['/search-index.json', JSON.stringify(split.base)]]);
  split.shards.forEach((shard, index) => files.set(shardFile(split.base, index), JSON.stringify(shard)));
  split.pages.forEach((page, index) => files.set(pageFile(split.base, index), JSON.stringify(page)));
  const gzipBytes = new Map([...files].map(([file, text]) => [file, gzipSync(text).length]));
  const total = [...gzipBytes.values()].reduce((sum, bytes) => sum + bytes, 0);
  const shardBytes = split.shards.map((_, index) => gzipBytes.get(shardFile(split.base, index)) ?? 0);

  /** A fresh browser: fetches the base on load, then whatever each query needs. */
  const freshClient = (onFetch: (file: string) => void = () => {}) =>
    ShardedSiteSearch.load(async (file) => {
      onFetch(file);
      const text = files.get(file);
      if (text === undefined) throw new Error(`no file ${file}`);
      return JSON.parse(text);
    });

  const firstQueryBytes: number[] = [];
  let differentFromServer = 0;
  for (const query of QUERIES) {
    let bytes = 0;
    const client = await freshClient((file) => (bytes += gzipBytes.get(file) ?? 0));
    const hits = await client.search(query, BOX_LIMITS);
    firstQueryBytes.push(bytes);
    if (JSON.stringify(hits) !== JSON.stringify(searchSite(server, query, BOX_LIMITS))) differentFromServer += 1;
  }

  // Latency once the files a query needs are in the browser: what a user feels while typing.
  const client = await freshClient();
  for (const query of TYPED) await client.search(query, BOX_LIMITS);
  const whole: number[] = [];
  const wholeCpu: number[] = [];
  const keystrokes: number[] = [];
  const serverSide: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const query of QUERIES) whole.push(await timed(() => client.search(query, BOX_LIMITS)));
    for (const query of QUERIES) wholeCpu.push(await cpuTimed(() => client.search(query, BOX_LIMITS)));
    for (const query of QUERIES) serverSide.push(await timed(() => searchSite(server, query, { limit: 20 })));
  }
  for (let round = 0; round < 3; round += 1) for (const query of TYPED) keystrokes.push(await timed(() => client.search(query, BOX_LIMITS)));

  // The box's results, as a reader sees them: does the shipped article still come first?
  const relevance = relevanceScore((query) => searchSite(server, query, BOX_LIMITS));
  const textBytes = corpus.documents.reduce((sum, document) => sum + document.text.length, 0);

  console.log(`\n${size} generated + ${shipped.articles.length} shipped articles`);
  console.log(`corpus:       ${corpus.documents.length} documents, ${kib(textBytes)} of section text`);
  console.log(`index:        ${files.size} files, ${kib(total)} gzip in all, built and split in ${ms(buildMs)}`);
  console.log(`              base ${kib(gzipBytes.get('/search-index.json') ?? 0)} · ${split.shards.length} term shards, median ${kib(percentile(shardBytes, 50))}, largest ${kib(Math.max(...shardBytes))} · ${split.pages.length} page chunks`);
  console.log(`first query:  downloads median ${kib(percentile(firstQueryBytes, 50))}, worst ${kib(Math.max(...firstQueryBytes))} (gzip; base + shards of its words + chunks of its results)`);
  console.log(`box queries:  ${line(whole)}; same results as the whole index: ${QUERIES.length - differentFromServer}/${QUERIES.length}`);
  console.log(`              CPU time of the same queries: ${line(wholeCpu)}`);
  console.log(`typing:       ${line(keystrokes)} over every prefix of those queries`);
  console.log(`/search page: ${line(serverSide)} (server, whole index, 20 results)`);
  console.log(
    `relevance:    expected result first for ${Math.round(relevance.firstShare * relevance.cases)}/${relevance.cases} queries (${(relevance.firstShare * 100).toFixed(0)}%), MRR ${relevance.mrr.toFixed(3)}` +
      (relevance.missed.length > 0 ? `; not first: ${relevance.missed.map(({ query, rank }) => `"${query}" (${rank === 0 ? 'not shown' : `#${rank}`})`).join(', ')}` : ''),
  );
}
