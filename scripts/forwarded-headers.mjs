// @ts-check
/**
 * Who is asking, as far as the connection can prove it. Route handlers see only headers, and any
 * client can send `X-Forwarded-For` or `X-Forwarded-Host`: trusted as they come, a client that puts
 * a new address in every request is never rate-limited, and one that names our host passes the
 * same-origin check from anywhere. So `npm start`'s server writes these headers itself from the
 * connection, and keeps what a peer says only when that peer is a proxy the operator named in
 * FIXPATH_TRUSTED_PROXIES, as Express's `trust proxy` does (proxy-addr is Express's own parser).
 */
import { LRUCache } from 'lru-cache';
import proxyAddr from 'proxy-addr';

/**
 * @typedef {(address: string, hop: number) => boolean} TrustProxy
 * @typedef {import('node:http').IncomingMessage} Request
 */

/** @type {TrustProxy} */
export const trustNoProxy = () => false;

const HOW_TO_WRITE =
  'FIXPATH_TRUSTED_PROXIES takes addresses or CIDR ranges separated by commas (for example "10.0.0.0/8, ::1"), ' +
  'the names loopback, linklocal or uniquelocal, or a number of proxies in front of the site (for example 1)';

/**
 * FIXPATH_TRUSTED_PROXIES as a trust function: unset or empty trusts no peer; a whole number trusts
 * that many hops nearest the server, whatever their addresses; otherwise the addresses, ranges and
 * proxy-addr's names listed. A value that is none of these stops the server at start-up.
 * @param {string | undefined} value
 * @returns {TrustProxy}
 */
export function trustedProxies(value) {
  const text = value?.trim() ?? '';
  if (text === '') return trustNoProxy;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean);
  try {
    const inList = proxyAddr.compile(entries);
    // Parsing an address costs microseconds (tens for an IPv4 client on a dual-stack socket), on
    // every request; the peers and their answers repeat, so each is worked out once.
    /** @type {LRUCache<string, boolean>} */
    const known = new LRUCache({ max: 10_000 });
    return (address) => {
      let trusted = known.get(address);
      if (trusted === undefined) known.set(address, (trusted = inList(address, 0)));
      return trusted;
    };
  } catch (error) {
    throw new Error(`${HOW_TO_WRITE}; "${text}" is not valid: ${error instanceof Error ? error.message : String(error)}.`, { cause: error });
  }
}

/** @param {string | string[] | undefined} value the first of a header's comma-separated values */
function firstValue(value) {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(',')[0]?.trim() || undefined;
}

/**
 * Replaces the forwarding headers in place, before anything else reads them: `X-Forwarded-For`
 * becomes the one client address the connection vouches for (the peer itself, or the first address
 * a trusted chain of proxies reports), and `X-Forwarded-Host` and `-Proto` are kept only from a
 * trusted peer. Next fills these headers only when they are missing, so what is set here is what
 * the route handlers read.
 * @param {Request} request
 * @param {TrustProxy} trust
 */
export function settleForwardedHeaders(request, trust) {
  const headers = request.headers;
  const peer = request.socket.remoteAddress ?? '';
  if (!trust(peer, 0)) {
    headers['x-forwarded-for'] = peer;
    if (headers.host === undefined) delete headers['x-forwarded-host'];
    else headers['x-forwarded-host'] = headers.host;
    // This server speaks plain HTTP; only a trusted proxy can say the browser used TLS.
    headers['x-forwarded-proto'] = 'http';
    return;
  }
  headers['x-forwarded-for'] = proxyAddr(request, trust);
  const host = firstValue(headers['x-forwarded-host']) ?? headers.host;
  if (host === undefined) delete headers['x-forwarded-host'];
  else headers['x-forwarded-host'] = host;
  headers['x-forwarded-proto'] = firstValue(headers['x-forwarded-proto']) ?? 'http';
}
