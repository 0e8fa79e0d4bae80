import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFailureReport } from '@/scripts/failure-report.mjs';
import { siteRequestListener } from '@/scripts/site-server.mjs';
import { sendRequest, type Reply } from './http-client';

const script = `export const quote = '“see all results”';\n`.repeat(200);
const page = `<!doctype html><html><body>${'<p>Negotiate falls back to NTLM.</p>'.repeat(300)}</body></html>`;


let server: Server;
let staticDir: string;
const nextSaw: string[] = [];
const reported: string[] = [];

function get(pathname: string, acceptEncoding: string, method = 'GET'): Promise<Reply> {
  return sendRequest(server, pathname, { method, headers: { 'accept-encoding': acceptEncoding } });
}

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'fixpath-static-'));
  mkdirSync(path.join(staticDir, 'chunks'));
  const file = path.join(staticDir, 'chunks', 'app.js');
  writeFileSync(file, script);
  writeFileSync(`${file}.br`, brotliCompressSync(script));
  writeFileSync(`${file}.gz`, gzipSync(script));
  // Stands in for Next: says what it was asked for and answers with a page.
  const handleByNext = (request: { method?: string; url?: string }, response: import('node:http').ServerResponse) => {
    nextSaw.push(`${request.method} ${request.url}`);
    const missing = request.url?.startsWith('/_next/static/');
    const broken = request.url?.startsWith('/articles/broken');
    response.writeHead(missing ? 404 : broken ? 500 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(missing ? 'Not found' : broken ? 'Internal Server Error' : page);
  };
  server = createServer(siteRequestListener(handleByNext, staticDir, undefined, { reportFailure: createFailureReport((line) => reported.push(line)) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(() => {
  server.close();
  rmSync(staticDir, { recursive: true, force: true });
});

describe('the site server', () => {
  it('sends a build asset as its brotli copy to a browser that takes brotli, cached for a year', async () => {
    const reply = await get('/_next/static/chunks/app.js', 'gzip, deflate, br, zstd');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(reply.body).toString()).toBe(script);
    expect(reply.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('public,max-age=31536000,immutable');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers.vary).toBe('Accept-Encoding');
  });

  it('sends the gzip copy to a client without brotli, and the file itself to one that takes neither', async () => {
    const gzipped = await get('/_next/static/chunks/app.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(script);
    const plain = await get('/_next/static/chunks/app.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses what Next answers with brotli, or gzip for a client without it', async () => {
    const brotli = await get('/articles/negotiate', 'gzip, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).toString()).toBe(page);
    expect(brotli.body.length).toBeLessThan(page.length / 10);
    expect(brotli.headers.vary).toContain('Accept-Encoding');
    const gzipped = await get('/articles/negotiate', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).toString()).toBe(page);
  });

  it("leaves an asset the build does not have, and anything but a read, to Next, with the request's own URL", async () => {
    nextSaw.length = 0;
    const missing = await get('/_next/static/chunks/old-deploy.js', 'br');
    expect(missing.status).toBe(404);
    await get('/_next/static/chunks/app.js', 'br', 'POST');
    expect(nextSaw).toEqual(['GET /_next/static/chunks/old-deploy.js', 'POST /_next/static/chunks/app.js']);
  });

  it('reports a page that fails once per address, saying where and what to do', async () => {
    for (const query of ['', '?x=1', '']) expect((await get(`/articles/broken${query}`, 'br')).status).toBe(500);
    await get('/articles/broken-too', 'br');
    expect(reported).toHaveLength(2);
    expect(reported[0]).toMatch(/^\[fixpath\] GET \/articles\/broken answered 500: the page failed to render\. Next's error logged just before .* fix it and rebuild/);
    expect(reported[1]).toContain('GET /articles/broken-too answered 500');
  });
});
