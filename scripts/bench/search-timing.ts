/**
 * Search as a reader meets it: what the first query costs in bytes (the header box loads its code
 * and the index on first focus), and how long queries take on the index the built site serves.
 */
import type { Browser } from 'playwright-core';
import { ShardedSiteSearch } from '../../lib/search/sharded-client';
import { recordNetwork, type ByteCounts } from './network-bytes';
import { QUERIES, TYPED, queryLatency, timed } from './search-latency';

/** First-query bytes in the browser, and query latency of the served index in Node. */
export interface SearchFigures {
  query: string;
  firstQueryBytes: ByteCounts;
  /** From focus to the first suggestion shown, in the browser. */
  firstQueryMs: number;
  /** The base file of the split index (raw JSON), and what the first query transferred in all. */
  indexBytes: { raw: number; transferred: number };
  /** Fetching and reading the base file in Node, from the running server. */
  loadIndexMs: number;
  queries: { p50: number; p95: number; samples: number };
  typing: { p50: number; p95: number; samples: number };
}

/** What the header box's first query costs on one page. */
export interface FirstQueryFigures {
  query: string;
  firstQueryBytes: ByteCounts;
  /** From focus to the first suggestion shown. */
  firstQueryMs: number;
  /** The index files the first query fetched (base files, shards, page chunks). */
  indexFiles: string[];
}

/** Focuses the header box on `pagePath`, types `query` and waits for suggestions. */
export async function measureSearch(browser: Browser, origin: string, pagePath: string, query = 'kerberos delegation'): Promise<SearchFigures> {
  const { firstQueryBytes, firstQueryMs } = await measureFirstQuery(browser, origin, pagePath, query);

  // Latency with the served files, fetched from the server as the browser does.
  let baseBytes = 0;
  const loaded = await timed(() =>
    ShardedSiteSearch.load(async (path) => {
      const text = await fetchText(`${origin}${path}`);
      if (path === '/search-index.json') baseBytes = Buffer.byteLength(text);
      return JSON.parse(text) as unknown;
    }),
  );
  return {
    query,
    firstQueryBytes,
    firstQueryMs,
    indexBytes: { raw: baseBytes, transferred: firstQueryBytes.other },
    loadIndexMs: loaded.ms,
    queries: await queryLatency(loaded.value, QUERIES),
    typing: await queryLatency(loaded.value, TYPED, 3),
  };
}

/**
 * The bytes and time of the box's first query on `pagePath`, in whatever language the page is
 * (landmark and list are found by role, not by their English names): on a German page it loads the
 * German base file and the English one behind it.
 */
export async function measureFirstQuery(browser: Browser, origin: string, pagePath: string, query: string): Promise<FirstQueryFigures> {
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const network = await recordNetwork(cdp);
  const indexFiles: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/search-index')) indexFiles.push(pathname);
  });
  await page.goto(origin + pagePath, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const box = page.locator('header').getByRole('search').locator('input[type="search"]');
  // The page is idle now, so every request from here on is caused by the search box.
  network.startPhase('search');
  const started = Date.now();
  await box.focus();
  await box.pressSequentially(query, { delay: 30 });
  // The listbox always ends with "See all results"; a real suggestion is any option before it.
  await page.locator('header').getByRole('listbox').getByRole('option').nth(1).waitFor({ timeout: 30_000 });
  const firstQueryMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const firstQueryBytes = network.ofPhase('search');
  await context.close();
  return { query, firstQueryBytes, firstQueryMs, indexFiles };
}

/**
 * A GET that says why it failed, and tries once more when the server had just closed the idle
 * connection it was sent on. At 10,000 articles this stage failed with a bare "fetch failed": the
 * client of the time rebuilt its whole engine for every new shard, blocking Node for longer than
 * the server keeps an idle connection open (5 s), and the next request went out on a connection
 * the server had closed (ECONNRESET; reproduced with a 5 s busy loop between two fetches). Browsers
 * retry such a request themselves; the client no longer blocks that long.
 */
async function fetchText(url: string): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return await response.text();
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
      const code = (cause as { code?: string } | undefined)?.code;
      if (attempt === 1 && (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET')) continue;
      throw new Error(`${error instanceof Error ? error.message : String(error)}${cause ? ` (${code ?? cause.name}: ${cause.message})` : ''} for ${url}`, { cause: error });
    }
  }
}
