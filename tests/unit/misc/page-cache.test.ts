import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageCache, type PageCache } from '@/scripts/page-cache.mjs';
import { siteRequestListener } from '@/scripts/site-server.mjs';
import { sendRequest, type Reply } from './http-client';

const page = `<!doctype html><html><body>${'<p>Negotiate falls back to NTLM.</p>'.repeat(300)}</body></html>`;
const KEPT = 's-maxage=31536000';
const ETAG = '"pb1dtblyqv24n1"';
const NEXT_VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** What the stand-in for Next answers at each address, as Next does for the kind of page named. */
const answers: Record<string, { status: number; headers: OutgoingHttpHeaders }> = {
  '/articles/kept': { status: 200, headers: { 'Cache-Control': KEPT, ETag: ETAG, Vary: NEXT_VARY } },
  '/articles/other': { status: 200, headers: { 'Cache-Control': KEPT, Vary: NEXT_VARY } },
  '/articles/hourly': { status: 200, headers: { 'Cache-Control': 's-maxage=3600', Vary: NEXT_VARY } },
  '/insights': { status: 200, headers: { 'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate' } },
  '/feedback/thanks': { status: 200, headers: { 'Cache-Control': KEPT, 'Set-Cookie': 'voted=1' } },
  '/articles/missing': { status: 404, headers: { 'Cache-Control': KEPT } },
};


let server: Server;
let staticDir: string;
let pageCache: PageCache;
let stored: Promise<void>[];
const nextSaw: string[] = [];

function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return sendRequest(server, pathname, { method, headers: { 'accept-encoding': 'gzip, deflate, br', ...headers } });
}

/** Reads a page once through Next and waits until the cache has stored it (or let it go). */
async function readThroughNext(pathname: string, headers: Record<string, string> = {}): Promise<Reply> {
  const reply = await get(pathname, headers);
  await Promise.all(stored);
  return reply;
}

function timesNextSaw(pathname: string): number {
  return nextSaw.filter((seen) => seen === pathname).length;
}

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'fixpath-static-'));
  const handleByNext = (request: { url?: string }, response: ServerResponse) => {
    nextSaw.push(request.url ?? '');
    const answer = answers[request.url ?? ''] ?? { status: 404, headers: {} };
    response.writeHead(answer.status, { 'Content-Type': 'text/html; charset=utf-8', ...answer.headers });
    // Next streams a page in parts; the stored copy must be all of them.
    response.write(page.slice(0, 1000));
    response.end(page.slice(1000));
  };
  // The cache under test is replaced before each test; the server asks whichever is current.
  const watched: PageCache = {
    serve: (request, response) => pageCache.serve(request, response),
    record: (request, response) => {
      const storing = pageCache.record(request, response);
      stored.push(storing);
      return storing;
    },
  };
  server = createServer(siteRequestListener(handleByNext, staticDir, watched));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

beforeEach(() => {
  pageCache = createPageCache();
  stored = [];
  nextSaw.length = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(() => {
  server.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('the page cache', () => {
  it('answers a page Next says any cache may keep from memory the second time, with the same page and headers', async () => {
    const first = await readThroughNext('/articles/kept');
    const second = await get('/articles/kept');
    expect(timesNextSaw('/articles/kept')).toBe(1);
    expect(second.status).toBe(200);
    expect(second.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(second.body).toString()).toBe(page);
    expect(second.headers['content-length']).toBe(String(second.body.length));
    expect(second.body.length).toBeLessThanOrEqual(first.body.length);
    expect(second.headers.etag).toBe(ETAG);
    expect(second.headers['cache-control']).toBe(KEPT);
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers.vary).toBe(NEXT_VARY);
    expect(second.headers.age).toMatch(/^\d+$/);
  });

  it('gives a client without brotli the gzip copy, and leaves one that takes neither to Next', async () => {
    await readThroughNext('/articles/kept');
    const gzipped = await get('/articles/kept', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(page);
    expect(timesNextSaw('/articles/kept')).toBe(1);
    const plain = await get('/articles/kept', { 'accept-encoding': 'identity' });
    expect(plain.body.toString()).toBe(page);
    expect(timesNextSaw('/articles/kept')).toBe(2);
  });

  it('answers a browser that already has the page with 304 and no body, and a HEAD with headers only', async () => {
    await readThroughNext('/articles/kept');
    const unchanged = await get('/articles/kept', { 'if-none-match': ETAG });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
    const head = await get('/articles/kept', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
    expect(timesNextSaw('/articles/kept')).toBe(1);
  });

  it.each([
    ['a private page', '/insights'],
    ['a page that sets a cookie', '/feedback/thanks'],
    ['a page that is not found', '/articles/missing'],
  ])('never keeps %s: every read goes to Next', async (_kind, pathname) => {
    await readThroughNext(pathname);
    await readThroughNext(pathname);
    expect(timesNextSaw(pathname)).toBe(2);
  });

  it("leaves the router's payload requests and a reload that asks for a fresh copy to Next", async () => {
    await readThroughNext('/articles/kept');
    await readThroughNext('/articles/kept', { rsc: '1' });
    await readThroughNext('/articles/kept', { 'cache-control': 'no-cache' });
    expect(timesNextSaw('/articles/kept')).toBe(3);
    // The payload request did not replace the stored page either.
    const again = await get('/articles/kept');
    expect(brotliDecompressSync(again.body).toString()).toBe(page);
    expect(timesNextSaw('/articles/kept')).toBe(3);
  });

  it('asks Next again once a page is older than Next said it may be kept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await readThroughNext('/articles/hourly');
    vi.setSystemTime(Date.now() + 59 * 60_000);
    await get('/articles/hourly');
    expect(timesNextSaw('/articles/hourly')).toBe(1);
    vi.setSystemTime(Date.now() + 2 * 60_000);
    await get('/articles/hourly');
    expect(timesNextSaw('/articles/hourly')).toBe(2);
  });

  it('lets the least recently read page go when the memory it may use is full', async () => {
    await readThroughNext('/articles/kept');
    const size = (await get('/articles/kept')).body.length + (await get('/articles/kept', { 'accept-encoding': 'gzip' })).body.length;
    pageCache = createPageCache({ maxBytes: size + size / 2 });
    await readThroughNext('/articles/kept');
    await readThroughNext('/articles/other');
    nextSaw.length = 0;
    await get('/articles/other');
    await get('/articles/kept');
    expect(nextSaw).toEqual(['/articles/kept']);
  });
});
