import { phrase, type Phrase } from './phrase';
import type { AuthItem, Exchange, TokenEntry, TokenKind } from './types';

/** Which Windows mechanism a client's token carries. */
export type Mechanism = 'kerberos' | 'ntlm' | 'other';

/** How the server answered one client token. */
export type AttemptResult =
  | 'accepted'
  | 'refused'
  | 'continued'
  | 'no-challenge'
  | 'too-large'
  | 'unanswered'
  | 'unknown'
  | 'other';

/** One token a client sent, what it carried and how the server answered it. */
export interface Attempt {
  exchange: Exchange;
  item: AuthItem;
  token: TokenEntry;
  mechanism: Mechanism;
  /** NTLM only: 1 for the opening message, 3 for the final one. */
  ntlmStage: 1 | 3 | null;
  result: AttemptResult;
}

/** A scheme the server (or proxy) offered in a challenge without a token: its opening offer. */
export interface Offer {
  exchange: Exchange;
  item: AuthItem;
}

/** The kind of the token that matters: the inner one for SPNEGO. */
export function effectiveKind(token: TokenEntry | undefined): TokenKind | null {
  if (!token) return null;
  return token.kind === 'spnego-init' || token.kind === 'spnego-response' ? (token.inner ?? null) : token.kind;
}

/** Every Windows token a client sent, with the server's answer. Loose headers have no answer. */
export function clientAttempts(exchanges: readonly Exchange[], tokens: readonly TokenEntry[]): Attempt[] {
  const attempts: Attempt[] = [];
  for (const exchange of exchanges) {
    for (const item of exchange.sent) {
      const token = item.token === null ? undefined : tokens[item.token];
      if (!token) continue;
      const kind = effectiveKind(token);
      const mechanism: Mechanism =
        kind === 'kerberos-ap-req' ? 'kerberos' : kind?.startsWith('ntlm-') ? 'ntlm' : 'other';
      const ntlmStage = kind === 'ntlm-negotiate' ? 1 : kind === 'ntlm-authenticate' ? 3 : null;
      attempts.push({ exchange, item, token, mechanism, ntlmStage, result: resultOf(exchange, tokens, mechanism, ntlmStage) });
    }
  }
  return attempts;
}

function resultOf(
  exchange: Exchange,
  tokens: readonly TokenEntry[],
  mechanism: Mechanism,
  ntlmStage: 1 | 3 | null,
): AttemptResult {
  const { status } = exchange;
  if (status === null) return exchange.loose ? 'unknown' : 'unanswered';
  const ok = status >= 200 && status < 400;
  const challenged = status === 401 || status === 407;
  if (mechanism === 'kerberos') return ok ? 'accepted' : challenged ? 'refused' : status === 400 ? 'too-large' : 'other';
  if (mechanism === 'ntlm' && ntlmStage === 1) {
    if (ok) return 'accepted';
    if (!challenged) return 'other';
    const answered = exchange.offered.some((item) => effectiveKind(tokens[item.token ?? -1]) === 'ntlm-challenge');
    return answered ? 'continued' : 'no-challenge';
  }
  if (mechanism === 'ntlm' && ntlmStage === 3) return ok ? 'accepted' : challenged ? 'refused' : 'other';
  return 'other';
}

/** The opening offers: challenges without a token, in 401/407 responses or loose header lines. */
export function openingOffers(exchanges: readonly Exchange[]): Offer[] {
  const offers: Offer[] = [];
  for (const exchange of exchanges) {
    const { status } = exchange;
    if (status !== null && status !== 401 && status !== 407) continue;
    for (const item of exchange.offered) if (!item.hasToken) offers.push({ exchange, item });
  }
  return offers;
}

/** "exchange 2 (GET /app → 401)" or "line 4": how evidence points at an exchange. */
export function exchangeLabel(exchange: Exchange): string {
  const request = exchange.method && exchange.url ? `${exchange.method} ${exchange.url}` : null;
  const status = exchange.status === null ? null : String(exchange.status);
  const summary = [request, status].filter((part) => part !== null).join(' → ');
  return `exchange ${exchange.index + 1} (${summary ? `${summary}, ` : ''}${exchange.source})`;
}

/** A token in words: "SPNEGO NegTokenInit carrying a Kerberos AP-REQ, 1433 bytes". */
export function describeToken(token: TokenEntry): string {
  const names: Record<TokenKind, string> = {
    'ntlm-negotiate': 'NTLM type 1 (negotiate)',
    'ntlm-challenge': 'NTLM type 2 (challenge)',
    'ntlm-authenticate': 'NTLM type 3 (authenticate)',
    'spnego-init': 'SPNEGO NegTokenInit',
    'spnego-response': 'SPNEGO NegTokenResp',
    'kerberos-ap-req': 'Kerberos AP-REQ',
    'kerberos-ap-rep': 'Kerberos AP-REP',
    unknown: 'unrecognised token',
  };
  const parts = [names[token.kind]];
  if (token.negState) parts.push(`negState ${token.negState}`);
  if (token.inner) parts.push(`carrying ${names[token.inner]}`);
  const cut = token.truncated ? ', cut short' : '';
  const size = token.declaredLength === undefined ? `${token.byteLength} bytes` : `${token.byteLength} of ${token.declaredLength} bytes`;
  return `${parts.join(', ')}, ${size}${cut}`;
}

/** One header item as evidence: "Authorization: Negotiate <SPNEGO NegTokenInit, …>". */
export function describeItem(item: AuthItem, tokens: readonly TokenEntry[]): string {
  const token = item.token === null ? undefined : tokens[item.token];
  const value = token ? `${item.scheme} <${describeToken(token)}>` : item.hasToken ? `${item.scheme} <token>` : item.scheme;
  return `${item.header}: ${value}`;
}

/** "The server" or "The proxy", by which header made the offer. */
export function offerSubject(offers: readonly Offer[]): Phrase {
  return phrase(offers.length > 0 && offers.every((offer) => offer.item.header === 'Proxy-Authenticate') ? 'subjectProxy' : 'subjectServer');
}
