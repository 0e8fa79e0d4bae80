import { phrase, type FindingTextKey, type Phrase } from './phrase';
import type { AuthItem, Exchange, TokenEntry, TokenKind } from './types';

/**
 * Evidence lines as phrases: where a line was read (an exchange, a token, a line of the input) and
 * what it held, so the page says them in its language and the CLI in English. Header names,
 * schemes, methods, URLs and status codes go in as they were read; they are never translated.
 *
 * Where something was read is kept as a short English label on the models (`source`, which the
 * CLI's JSON prints); the readers write it with the functions below, and `sourcePhrase` reads it
 * back, so its shapes are decided in this one module.
 */

/** Line `line` of a transcript or log. */
export const lineSource = (line: number): string => `line ${line}`;
/** A request on line `first` answered on line `second`. */
export const linesSource = (first: string | number, second: string | number): string => `lines ${first} and ${second}`;
/** Entry `entry` of a HAR file, or its request or response. */
export const harEntrySource = (entry: number, role?: 'request' | 'response'): string => (role ? `HAR entry ${entry}, ${role}` : `HAR entry ${entry}`);
/** A header found in a HAR file that is not JSON, at a character offset. */
export const harTextSource = (at: number): string => `HAR text at character ${at}`;
/** Anything else: the input as a whole. */
export const INPUT_SOURCE = 'input';

/** The line number of a `lineSource` label, or undefined for another source. */
export function sourceLine(source: string): string | undefined {
  return /^line (\d+)$/.exec(source)?.[1];
}

/** A source label in words; a label this module did not write is shown as it is. */
export function sourcePhrase(source: string): Phrase {
  const line = sourceLine(source);
  if (line !== undefined) return phrase('sourceLine', { line });
  const lines = /^lines (\S+) and (\S+)$/.exec(source);
  if (lines) return phrase('sourceLines', { first: lines[1] ?? '', second: lines[2] ?? '' });
  const har = /^HAR entry (\d+)(?:, (request|response))?$/.exec(source);
  if (har) return phrase(har[2] === 'request' ? 'sourceHarRequest' : har[2] === 'response' ? 'sourceHarResponse' : 'sourceHarEntry', { entry: har[1] ?? '' });
  const text = /^HAR text at character (\d+)$/.exec(source);
  if (text) return phrase('sourceHarText', { at: text[1] ?? '' });
  if (source === INPUT_SOURCE) return phrase('sourceInput');
  return phrase('sourceOther', { source });
}

const KIND_KEYS: Record<TokenKind, FindingTextKey> = {
  'ntlm-negotiate': 'tokenKindNtlmNegotiate',
  'ntlm-challenge': 'tokenKindNtlmChallenge',
  'ntlm-authenticate': 'tokenKindNtlmAuthenticate',
  'spnego-init': 'tokenKindSpnegoInit',
  'spnego-response': 'tokenKindSpnegoResponse',
  'kerberos-ap-req': 'tokenKindKerberosApReq',
  'kerberos-ap-rep': 'tokenKindKerberosApRep',
  unknown: 'tokenKindUnknown',
};

/** A token in words: "SPNEGO NegTokenInit, carrying Kerberos AP-REQ, 1433 bytes". */
export function tokenPhrase(token: TokenEntry): Phrase {
  return phrase('tokenDescription', {
    kind: phrase(KIND_KEYS[token.kind]),
    state: token.negState ? phrase('tokenNegState', { state: token.negState }) : '',
    inner: token.inner ? phrase('tokenCarrying', { inner: phrase(KIND_KEYS[token.inner]) }) : '',
    size: token.declaredLength === undefined ? phrase('tokenSize', { bytes: token.byteLength }) : phrase('tokenSizeOf', { bytes: token.byteLength, declared: token.declaredLength }),
    cut: token.truncated ? phrase('tokenCut') : '',
  });
}

/** One header item: "Authorization: Negotiate <SPNEGO NegTokenInit, …>". */
export function itemPhrase(item: AuthItem, tokens: readonly TokenEntry[]): Phrase {
  const token = item.token === null ? undefined : tokens[item.token];
  const value = token
    ? phrase('evidenceItemToken', { scheme: item.scheme, token: tokenPhrase(token) })
    : item.hasToken
      ? phrase('evidenceItemUndecoded', { scheme: item.scheme })
      : item.scheme;
  return phrase('evidenceItem', { header: item.header, value });
}

/** An exchange: "exchange 2 (GET /app/ → 401, lines 4 and 9)". */
export function exchangePhrase(exchange: Exchange): Phrase {
  const request = exchange.method && exchange.url ? `${exchange.method} ${exchange.url}` : null;
  const status = exchange.status === null ? null : String(exchange.status);
  const summary = [request, status].filter((part) => part !== null).join(' → ');
  const source = sourcePhrase(exchange.source);
  return summary
    ? phrase('evidenceExchangeRequest', { number: exchange.index + 1, request: summary, source })
    : phrase('evidenceExchange', { number: exchange.index + 1, source });
}

/** "token 3 (line 7)". */
export function tokenLabelPhrase(token: TokenEntry): Phrase {
  return phrase('evidenceToken', { number: token.index + 1, source: sourcePhrase(token.source) });
}

/** One line of evidence: where, and what was read there. */
export function evidenceLine(where: Phrase, what: Phrase | string): Phrase {
  return phrase('evidenceLine', { where, what });
}

/** Evidence lines without repeats (phrases are compared by what they say, not by identity). */
export function uniquePhrases(phrases: readonly Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return phrases.filter((candidate) => {
    const key = JSON.stringify(candidate);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
