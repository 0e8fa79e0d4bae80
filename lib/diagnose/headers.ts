import type { AuthHeaderName } from './types';

/** One challenge (WWW-Authenticate) or credentials (Authorization) item. */
export interface Challenge {
  scheme: string;
  /** token68, e.g. the base64 after `Negotiate `; null when the scheme stands alone or has params. */
  token: string | null;
  /** auth-params as written (`realm="a,b"`), or null. */
  params: string | null;
}

const AUTH_HEADERS: Record<string, AuthHeaderName> = {
  'www-authenticate': 'WWW-Authenticate',
  authorization: 'Authorization',
  'proxy-authenticate': 'Proxy-Authenticate',
  'proxy-authorization': 'Proxy-Authorization',
};
const SCHEMES: Record<string, string> = {
  negotiate: 'Negotiate',
  ntlm: 'NTLM',
  kerberos: 'Kerberos',
  basic: 'Basic',
  digest: 'Digest',
  bearer: 'Bearer',
};
/** Schemes whose tokens are NTLM, SPNEGO or Kerberos and worth decoding. */
export const WINDOWS_SCHEMES = new Set(['Negotiate', 'NTLM', 'Kerberos']);
const QUOTED_CREDENTIAL = /^\s*(["'])((?:Negotiate|NTLM|Kerberos)\s[^"']*)\1[\s,;]*$/i;
const TOKEN_CHARS = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
// Articles and tickets shorten tokens in the middle ("YIIFlQ…Vlbvb4="); still a token, cut short.
const SHORTENED_TOKEN = /^[A-Za-z0-9\-_+/]+(…|\.\.\.)[A-Za-z0-9\-_+/]*=*$/;

/** The canonical spelling of an authentication header's name, or null for any other header. */
export function authHeaderName(name: string): AuthHeaderName | null {
  return AUTH_HEADERS[name.trim().toLowerCase()] ?? null;
}

/** True for the headers a client sends (Authorization, Proxy-Authorization). */
export function isCredentialHeader(name: AuthHeaderName): boolean {
  return name === 'Authorization' || name === 'Proxy-Authorization';
}

/** A scheme name in its usual spelling ("negotiate" → "Negotiate"); unknown schemes as given. */
export function canonicalScheme(scheme: string): string {
  return SCHEMES[scheme.toLowerCase()] ?? scheme;
}

/**
 * Splits a header value into challenges (RFC 7235 section 4.1). Commas inside quoted strings do
 * not split, and `name=value` parts after a comma belong to the challenge before them, so
 * `Negotiate, NTLM`, `Basic realm="a,b"` and `Digest realm="x", nonce="y"` all come out right.
 * Repeated headers that a tool joined with newlines are split too.
 */
export function splitChallenges(value: string): Challenge[] {
  const challenges: Challenge[] = [];
  // A whole Windows credential pasted in quotes: `"Negotiate YII…"`.
  const quoted = QUOTED_CREDENTIAL.exec(value);
  for (const part of splitOutsideQuotes(quoted?.[2] ?? value)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const param = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=/.exec(trimmed);
    const previous = challenges[challenges.length - 1];
    if (param && !TOKEN68.test(trimmed.replace(/\s+/g, ''))) {
      if (previous) previous.params = previous.params ? `${previous.params}, ${trimmed}` : trimmed;
      continue;
    }
    const space = trimmed.search(/\s/);
    const scheme = space === -1 ? trimmed : trimmed.slice(0, space);
    let rest = space === -1 ? '' : trimmed.slice(space).trim();
    if (!TOKEN_CHARS.test(scheme)) continue;
    // A Windows token wrapped across lines (joined with spaces) or pasted in quotes is still one token.
    const compact = rest.replace(/\s+/g, '').replace(/^(["'])(.*)\1$/, '$2');
    if (WINDOWS_SCHEMES.has(canonicalScheme(scheme)) && compact !== rest && (TOKEN68.test(compact) || SHORTENED_TOKEN.test(compact))) rest = compact;
    const isToken = rest !== '' && (TOKEN68.test(rest) || SHORTENED_TOKEN.test(rest));
    challenges.push({
      scheme: canonicalScheme(scheme),
      token: isToken ? rest : null,
      params: rest !== '' && !isToken ? rest : null,
    });
  }
  return challenges;
}

function splitOutsideQuotes(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (quoted && char === '\\') {
      current += char + (value[i + 1] ?? '');
      i++;
    } else if (char === '"') {
      quoted = !quoted;
      current += char;
    } else if (!quoted && (char === ',' || char === '\n' || char === '\r')) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}
