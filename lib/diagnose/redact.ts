import { authHeaderName, isCredentialHeader, splitChallenges } from './headers';

const PREVIEW_CHARS = 12;
const SECRET_NAME = /(cookie|token|secret|session|api-?key|password|csrf|xsrf)/i;
const BARE_TOKEN = /^(\s*(?:[<>]\s?)?\s*)([A-Za-z0-9+/_-]{20,}={0,2})\s*$/;
const SCHEME_TOKEN = /\b(Negotiate|NTLM|Kerberos)(\s+["']?)([A-Za-z0-9+/_-]{20,}={0,2})/gi;
const HEADER_LINE = /^(\s*(?:[<>]\s?|header:\s)?\s*)([!#$%&'*+.^_`|~0-9A-Za-z-]+)(:[ \t]*)(.*)$/;

/**
 * What is shown of a token: its first characters, which say what kind it is (`TlRMTVNTUAAB…`),
 * and its length. The rest can hold credentials or a replayable ticket, so it is never shown.
 */
export function redactToken(token: string): string {
  if (token.length <= PREVIEW_CHARS) return token;
  return `${token.slice(0, PREVIEW_CHARS)}…[${token.length} chars]`;
}

/**
 * A header value safe to show or copy: auth schemes stay visible, their tokens are shortened and
 * Basic credentials (a password in base64) removed; cookie values and other secret-looking
 * headers are hidden, their names kept.
 */
export function redactHeaderValue(name: string, value: string): string {
  const auth = authHeaderName(name);
  if (auth) {
    return splitChallenges(value)
      .map(({ scheme, token, params }) => {
        if (!token) return params && isCredentialHeader(auth) ? `${scheme} [redacted]` : [scheme, params].filter(Boolean).join(' ');
        return scheme === 'Basic' || scheme === 'Bearer' ? `${scheme} [redacted]` : `${scheme} ${redactToken(token)}`;
      })
      .join(', ');
  }
  const lower = name.toLowerCase();
  if (lower === 'cookie') return value.replace(/=([^;]*)/g, '=[redacted]');
  if (lower === 'set-cookie') return value.replace(/^([^=;]*)=([^;]*)/, '$1=[redacted]');
  return SECRET_NAME.test(name) ? '[redacted]' : value;
}

/** A URL without query string, fragment or user:password, which may carry secrets. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@?#]*@/i, '$1').replace(/[?#].*$/, '');
}

/**
 * The pasted input with secrets hidden, for showing or copying it back: a HAR file is rewritten
 * header by header; text transcripts line by line (headers, `curl -v` lines, bare tokens).
 */
export function redactText(input: string): string {
  const trimmed = input.trimStart();
  if (trimmed.startsWith('{')) {
    const har = redactHarText(trimmed);
    if (har !== null) return har;
  }
  // Prefixed and log lines (`2024-… C: Authorization: …`, wire logs) may not read as a header, or
  // read as another one: any Windows token after its scheme is shortened as well.
  const schemeTokens = (line: string) =>
    line.replace(SCHEME_TOKEN, (_match, scheme: string, space: string, token: string) => `${scheme}${space}${redactToken(token)}`);
  return input
    .split('\n')
    .map((line) => {
      const header = HEADER_LINE.exec(line);
      if (header) {
        const [, prefix = '', name = '', colon = '', value = ''] = header;
        return schemeTokens(`${prefix}${name}${colon}${redactHeaderValue(name, value.replace(/\r$/, ''))}`);
      }
      const bare = BARE_TOKEN.exec(line);
      return bare ? `${bare[1] ?? ''}${redactToken(bare[2] ?? '')}` : schemeTokens(line);
    })
    .join('\n');
}

function redactHarText(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  return JSON.stringify(redactJson(parsed, null), null, 2);
}

// Lists of name/value pairs whose values may all be secrets: cookies, query strings, form fields.
const VALUE_LISTS = new Set(['cookies', 'queryString', 'params']);

// Walks any JSON: every {name, value} pair is treated as a header, every `cookies` array emptied
// of values. HAR keeps both shapes under entries[].request/response.
function redactJson(node: unknown, key: string | null): unknown {
  if (Array.isArray(node)) return node.map((item) => redactJson(item, key));
  if (node === null || typeof node !== 'object') return node;
  const record = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) out[field] = redactJson(value, field);
  if (typeof record.name === 'string' && typeof record.value === 'string') {
    out.value = VALUE_LISTS.has(key ?? '') ? '[redacted]' : redactHeaderValue(record.name, record.value);
  }
  if (key === 'postData' && typeof record.text === 'string') out.text = '[redacted]';
  if ((key === 'request' || key === 'response') && typeof record.url === 'string') out.url = redactUrl(record.url);
  return out;
}
