// @ts-check
/**
 * The production server behind `npm start`: Next's own request handler, with better compression
 * than `next start` gives. Next compresses every response with gzip, whose 32 KB window cannot see
 * that a page's React payload repeats its HTML, and which is 10-15% larger than brotli on the
 * runtime's scripts (issue 8: the page weight of an article, a troubleshooter step and home).
 * - Build assets under /_next/static are hashed and never change, so `npm run build` stores a
 *   brotli and a gzip copy of each at the highest quality (scripts/precompress-assets.mjs) and they
 *   are sent from disk as they are, to each browser the copy it accepts.
 * - A page Next says any cache may keep is answered from memory once it has been read
 *   (scripts/page-cache.mjs), compressed once at the highest quality.
 * - Everything else (other pages, their payloads, the API, and a cacheable page's first read) goes to
 *   Next and is compressed as it streams: brotli quality 7, about 3–6 ms for a 200 KB article, a
 *   millisecond more than quality 5 and 4 % smaller (the German real article's first read 27.8 →
 *   26.6 KB, which kept it over the 160 KB page budget at quality 5).
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { constants } from 'node:zlib';
import compression from 'compression';
import sirv from 'sirv';
import { buildDir } from '../lib/build-dir.mjs';
import { createFailureReport } from './failure-report.mjs';
import { settleForwardedHeaders, trustedProxies, trustNoProxy } from './forwarded-headers.mjs';
import { createPageCache } from './page-cache.mjs';

const STATIC_ASSETS = '/_next/static';
const ONE_YEAR_SECONDS = 31_536_000;
/** @type {Record<string, string>} */
const TEXT_TYPES = { '.js': 'application/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {(request: Request, response: Response) => unknown} Handler
 */

/**
 * Routes one request: a build asset from its precompressed copy when there is one, a page from the
 * page cache when it holds it, anything else to `handleByNext` behind compression.
 * @param {Handler} handleByNext Next's request handler (or a stand-in in tests)
 * @param {string} staticDir the build's `static` folder
 * @param {ReturnType<typeof createPageCache>} [pageCache]
 * @param {{ trustProxy?: import('./forwarded-headers.mjs').TrustProxy, reportFailure?: ReturnType<typeof createFailureReport> }} [options]
 *   which peers may forward a client's address (none by default), and where a failed page is reported
 * @returns {Handler}
 */
export function siteRequestListener(handleByNext, staticDir, pageCache = createPageCache(), { trustProxy = trustNoProxy, reportFailure = createFailureReport() } = {}) {
  const assets = sirv(staticDir, {
    brotli: true,
    gzip: true,
    maxAge: ONE_YEAR_SECONDS,
    immutable: true,
    extensions: [],
    setHeaders: (response, pathname) => {
      // The one header of next.config's that applies to assets: they are never documents.
      response.setHeader('X-Content-Type-Options', 'nosniff');
      // Scripts and styles hold text such as curly quotes; say how it is encoded, as Next does.
      const type = TEXT_TYPES[path.extname(pathname)];
      if (type) response.setHeader('Content-Type', `${type}; charset=utf-8`);
    },
  });
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 7 } } });

  return (request, response) => {
    settleForwardedHeaders(request, trustProxy);
    const url = request.url ?? '/';
    const toNext = () => {
      request.url = url;
      response.once('finish', () => {
        if (response.statusCode >= 500) reportFailure(request.method ?? 'GET', url, response.statusCode);
      });
      compress(/** @type {any} */ (request), /** @type {any} */ (response), () => {
        pageCache.record(request, response);
        handleByNext(request, response);
      });
    };
    const isAssetRead = (request.method === 'GET' || request.method === 'HEAD') && url.startsWith(`${STATIC_ASSETS}/`);
    if (!isAssetRead) return pageCache.serve(request, response) || toNext();
    // A file the build does not have (an old deploy's chunk) falls through to Next's own 404.
    request.url = url.slice(STATIC_ASSETS.length);
    return assets(request, response, toNext);
  };
}

/**
 * Starts the built site in this process. FIXPATH_TRUSTED_PROXIES is read first, so a mistake in it
 * stops the start instead of quietly trusting no one (or everyone).
 * @param {{ dir?: string, port: number, hostname?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export async function startSiteServer({ dir = process.cwd(), port, hostname }) {
  const trustProxy = trustedProxies(process.env.FIXPATH_TRUSTED_PROXIES);
  const { default: next } = await import('next');
  // Next is not told the address the server listens on: it builds each request's URL on
  // `localhost` either way, and with a hostname of its own it took the proxy's rewrites to the step
  // routes (answers, notice) for another origin, fetched them over HTTP and met the proxy at their
  // internal path, which answers 404 (`npm start -- -H 127.0.0.1`, found by bench:site).
  const app = next({ dev: false, dir, port });
  await app.prepare();
  const listener = siteRequestListener(app.getRequestHandler(), path.join(dir, buildDir, 'static'), undefined, { trustProxy });
  const server = createServer(listener);
  await new Promise((resolve) => server.listen(port, hostname, () => resolve(undefined)));
  return server;
}
