// @ts-check
/**
 * A shared cache in memory for the pages Next says any cache may keep (`Cache-Control: s-maxage=…`:
 * articles, troubleshooter steps, home). Next renders such a page once and keeps it, but still spends
 * a few milliseconds of its request handler, a gzip or brotli pass and an ETag hash on every read, so
 * `npm start` topped out at a few hundred pages a second here (issue 8 asks for 2,000). This is the
 * cache a CDN in front would be: the page is compressed once, at the highest quality, and later reads
 * of the same address are answered from memory. HTTP's caching rules decide what is kept and for how
 * long (http-cache-semantics, as a shared cache): nothing private or `no-store`, nothing that sets a
 * cookie, only documents (Next's router asks for its payloads with `rsc` headers, and those go to
 * Next), and a stored page is used only while fresh and only for a request it satisfies.
 */
import fresh from 'fresh';
import CachePolicy from 'http-cache-semantics';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { brotliBest, gzipBest } from './best-compression.mjs';

const ENCODINGS = ['br', 'gzip'];
const PREFERRED_ENCODINGS = ['br'];
/** Request headers with which Next's router asks for something other than the document. */
const ROUTER_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-action'];
/**
 * Not copied from Next's answer: the body's own headers (each stored copy gets its own) and Next's
 * note on whether it rendered the page for that request, which a stored copy would repeat wrongly.
 */
const NOT_STORED = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'x-nextjs-cache']);
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 * @typedef {{ policy: CachePolicy, bodies: Record<string, Buffer> }} StoredPage
 */

/** @param {Request} request */
function isDocumentRead(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  return ROUTER_HEADERS.every((name) => request.headers[name] === undefined);
}

/** @param {Request} request */
function keyOf(request) {
  return `${request.headers.host ?? ''} ${request.url ?? '/'}`;
}

/**
 * The request as the policy sees it: a HEAD is answered from the stored GET, as HTTP allows a cache to.
 * @param {Request} request
 */
function asPolicyRequest(request) {
  return { url: request.url, method: 'GET', headers: request.headers };
}

/**
 * Next's headers as the cache stores them, with `Accept-Encoding` left out of Vary for the policy:
 * every stored page is kept in each encoding. It is put back on the way out.
 * @param {Response} response
 */
function storedHeaders(response) {
  /** @type {Record<string, string | string[]>} */
  const headers = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value === undefined || NOT_STORED.has(name)) continue;
    headers[name] = typeof value === 'number' ? String(value) : value;
  }
  const vary = String(headers.vary ?? '')
    .split(',')
    .map((field) => field.trim())
    .filter((field) => field && field.toLowerCase() !== 'accept-encoding');
  if (vary.length > 0) headers.vary = vary.join(', ');
  else delete headers.vary;
  return headers;
}

/**
 * @param {{ maxBytes?: number }} [options] how much compressed pages may take in memory (64 MB by default)
 */
export function createPageCache({ maxBytes = DEFAULT_MAX_BYTES } = {}) {
  /** @type {LRUCache<string, StoredPage>} */
  const pages = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (page) => Object.values(page.bodies).reduce((sum, body) => sum + body.length, 0) || 1,
  });

  /**
   * Answers the request from memory when a stored page satisfies it; says whether it did.
   * A client that takes neither brotli nor gzip is left to Next.
   * @param {Request} request
   * @param {Response} response
   */
  function serve(request, response) {
    if (!isDocumentRead(request)) return false;
    const page = pages.get(keyOf(request));
    if (!page || !page.policy.satisfiesWithoutRevalidation(asPolicyRequest(request))) return false;
    const encoding = new Negotiator(request).encoding(ENCODINGS, PREFERRED_ENCODINGS);
    const body = encoding ? page.bodies[encoding] : undefined;
    if (!encoding || !body) return false;

    const headers = /** @type {Record<string, string | string[]>} */ (page.policy.responseHeaders());
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : 'Accept-Encoding';
    if (fresh(request.headers, { etag: headers.etag, 'last-modified': headers['last-modified'] })) {
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * Watches Next answer a document request and stores the page if the answer may be kept: the
   * body as Next writes it (before compression), then a brotli and a gzip copy of it.
   * @param {Request} request
   * @param {Response} response
   * @returns {Promise<void>} settles once the page is stored or let go (tests wait on it)
   */
  function record(request, response) {
    if (request.method !== 'GET' || !isDocumentRead(request)) return Promise.resolve();
    const policyRequest = asPolicyRequest(request);
    const key = keyOf(request);
    /** @type {Buffer[]} */
    const chunks = [];
    /** @type {CachePolicy | undefined} */
    let policy;
    let decided = false;

    // Decided at the first byte, when Next's status and headers are final: a page that may not be
    // stored is not copied at all.
    const decide = () => {
      if (decided) return;
      decided = true;
      const candidate = new CachePolicy(policyRequest, { status: response.statusCode, headers: storedHeaders(response) }, { shared: true });
      const keepable = response.statusCode === 200 && !response.hasHeader('set-cookie') && candidate.storable();
      if (keepable) policy = candidate;
    };
    /** @param {unknown} chunk @param {unknown} encoding */
    const copy = (chunk, encoding) => {
      if (!policy || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    };

    const write = response.write;
    const end = response.end;
    return new Promise((settle) => {
      response.write = /** @type {any} */ (
        function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
          decide();
          copy(chunk, encoding);
          return write.call(response, chunk, encoding, callback);
        }
      );
      response.end = /** @type {any} */ (
        function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
          decide();
          copy(chunk, encoding);
          const stored = policy ? store(key, policy, Buffer.concat(chunks)) : Promise.resolve();
          stored.then(settle, settle);
          return end.call(response, chunk, encoding, callback);
        }
      );
      response.once('close', () => {
        if (!response.writableFinished) settle();
      });
    });
  }

  /**
   * @param {string} key
   * @param {CachePolicy} policy
   * @param {Buffer} page
   */
  async function store(key, policy, page) {
    const [br, gzip] = await Promise.all([brotliBest(page), gzipBest(page)]);
    pages.set(key, { policy, bodies: { br, gzip } });
  }

  return { serve, record };
}
