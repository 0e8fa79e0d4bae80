import { clientPhrase } from './client';
import {
  clientAttempts,
  describeItem,
  describeToken,
  effectiveKind,
  exchangeLabel,
  type Attempt,
  type AttemptResult,
  type Mechanism,
  type Offer,
  offerSubject,
  openingOffers,
} from './handshake';
import { phrase, type FindingTextKey, type Phrase } from './phrase';
import type { Exchange, Finding, FindingId, InputFormat, TokenEntry } from './types';

/** Findings as phrases, with the attempts and offers they were read from. */
export interface FindingsResult {
  findings: Finding[];
  attempts: Attempt[];
  offered: Set<string>;
}

// RFC 4120 codes a web server's Kerberos acceptor returns, with what they mean for the reader.
const KERBEROS_ERRORS: Record<number, FindingTextKey> = { 37: 'kerberosError37', 41: 'kerberosError41' };

type AddFinding = (finding: Omit<Finding, 'inference'> & { inference?: Phrase[] }) => void;

/** Reads the handshake from the exchanges and tokens and says what happened, with evidence. */
export function buildFindings(format: InputFormat, exchanges: Exchange[], tokens: TokenEntry[]): FindingsResult {
  const findings: Finding[] = [];
  const add: AddFinding = (finding) => findings.push({ ...finding, inference: finding.inference ?? [] });
  const attempts = clientAttempts(exchanges, tokens);
  const offers = openingOffers(exchanges);
  const offered = new Set(offers.map((offer) => offer.item.scheme));
  const offerText = describeOffer(offers, offered, add, tokens);
  const label = (attempt: Attempt) => `${exchangeLabel(attempt.exchange)}: ${describeItem(attempt.item, tokens)}`;
  const ids = (list: Attempt[]) => ({
    exchanges: unique(list.map((attempt) => attempt.exchange.index)),
    tokens: unique(list.map((attempt) => attempt.token.index)),
  });
  const of = (mechanism: Mechanism, result: AttemptResult) =>
    attempts.filter((attempt) => attempt.mechanism === mechanism && attempt.result === result);

  const kerberosRefused = of('kerberos', 'refused');
  const first = kerberosRefused[0];
  if (first) {
    const status = first.exchange.status ?? 401;
    const ntlmToo = offered.has('NTLM');
    add({
      id: 'kerberos-refused',
      message: offerText
        ? phrase('kerberosRefusedAfterOffer', { offer: offerText, client: clientPhrase(first.exchange.client), scheme: first.item.scheme, status })
        : phrase('kerberosRefused', { client: clientPhrase(first.exchange.client, true), scheme: first.item.scheme, status }),
      evidence: kerberosRefused.map(label).concat(answerTokens(kerberosRefused, tokens)),
      inference: [phrase('kerberosRefusedInference'), ...(ntlmToo ? [phrase('kerberosRefusedNtlmToo')] : [])],
      ...ids(kerberosRefused),
    });
  }
  const tooLarge = of('kerberos', 'too-large');
  if (tooLarge[0]) {
    add({
      id: 'request-too-large',
      message: phrase('requestTooLarge', { bytes: tooLarge[0].token.byteLength }),
      evidence: tooLarge.map(label),
      inference: [phrase('requestTooLargeInference')],
      ...ids(tooLarge),
    });
  }
  const kerberosAccepted = of('kerberos', 'accepted');
  if (kerberosAccepted[0]) {
    const mutual = kerberosAccepted.some((attempt) => attempt.exchange.offered.some((item) => effectiveKind(tokens[item.token ?? -1]) === 'kerberos-ap-rep'));
    add({
      id: 'kerberos-accepted',
      message: phrase(mutual ? 'kerberosAcceptedMutual' : 'kerberosAccepted', {
        client: clientPhrase(kerberosAccepted[0].exchange.client, true),
        status: kerberosAccepted[0].exchange.status ?? '',
      }),
      evidence: kerberosAccepted.map(label).concat(answerTokens(kerberosAccepted, tokens)),
      ...ids(kerberosAccepted),
    });
  }
  const inside = attempts.filter((attempt) => attempt.mechanism === 'ntlm' && attempt.item.scheme === 'Negotiate');
  if (inside[0]) {
    const wrapped = inside.some((attempt) => attempt.token.kind.startsWith('spnego'));
    add({
      id: 'ntlm-inside-negotiate',
      message: phrase('ntlmInsideNegotiate', {
        client: clientPhrase(inside[0].exchange.client, true),
        how: phrase(wrapped ? 'ntlmInsideNegotiateWrapped' : 'ntlmInsideNegotiateRaw'),
      }),
      evidence: inside.map(label),
      inference: [phrase('ntlmInsideNegotiateInference')],
      ...ids(inside),
    });
  }
  const ntlmAccepted = attempts.filter((attempt) => attempt.mechanism === 'ntlm' && attempt.result === 'accepted');
  if (ntlmAccepted[0]) {
    add({ id: 'ntlm-accepted', message: phrase('ntlmAccepted', { status: ntlmAccepted[0].exchange.status ?? '' }), evidence: ntlmAccepted.map(label), ...ids(ntlmAccepted) });
  }
  const ntlmRefused = of('ntlm', 'refused');
  if (ntlmRefused[0]) {
    add({
      id: 'ntlm-refused',
      message: phrase('ntlmRefused', { status: ntlmRefused[0].exchange.status ?? '' }),
      evidence: ntlmRefused.map(label).concat(answerTokens(ntlmRefused, tokens)),
      inference: [phrase('ntlmRefusedInference')],
      ...ids(ntlmRefused),
    });
  }
  const noChallenge = of('ntlm', 'no-challenge');
  if (noChallenge[0]) {
    add({
      id: 'ntlm-no-challenge',
      message: phrase('ntlmNoChallenge', { client: clientPhrase(noChallenge[0].exchange.client, true), status: noChallenge[0].exchange.status ?? '' }),
      evidence: noChallenge.map(label),
      inference: [phrase('ntlmNoChallengeInference')],
      ...ids(noChallenge),
    });
  }
  const rejects = tokens.filter((token) => token.negState === 'reject');
  if (rejects[0]) {
    add({
      id: 'spnego-rejected',
      message: phrase('spnegoRejected'),
      evidence: rejects.map((token) => `token ${token.index + 1} (${token.source}): ${describeToken(token)}`),
      exchanges: unique(rejects.flatMap((token) => (token.exchange === null ? [] : [token.exchange]))),
      tokens: rejects.map((token) => token.index),
    });
  }
  addKerberosErrors(tokens, add);
  addUnanswered(attempts, exchanges, offers, label, add);
  addTruncated(tokens, add);
  if (tokens.length > 0 && (format === 'headers' || format === 'tokens' || format === 'har-fragments')) {
    add({
      id: 'no-status-codes',
      message: phrase('noStatusCodes'),
      evidence: [`input read as ${format}`],
      exchanges: [],
      tokens: [],
    });
  }
  return { findings, attempts, offered };
}

function describeOffer(
  offers: Offer[],
  offered: Set<string>,
  add: AddFinding,
  tokens: readonly TokenEntry[],
): Phrase | null {
  if (offers.length === 0) return null;
  const subject = offerSubject(offers);
  const others = [...offered].filter((scheme) => scheme !== 'Negotiate' && scheme !== 'NTLM');
  const also = others.length > 0 ? phrase('offerAlso', { schemes: others.join(', ') }) : '';
  const negotiate = offered.has('Negotiate');
  const ntlm = offered.has('NTLM');
  const [id, key]: [FindingId, FindingTextKey] =
    negotiate && ntlm
      ? ['server-offers-negotiate-and-ntlm', 'offerNegotiateAndNtlm']
      : ntlm
        ? ['server-offers-only-ntlm', 'offerOnlyNtlm']
        : negotiate
          ? ['server-offers-only-negotiate', 'offerOnlyNegotiate']
          : ['server-offers-no-windows-auth', 'offerNoWindowsAuth'];
  const text = phrase(key, { subject, also, schemes: others.join(', ') });
  add({
    id,
    message: phrase('sentence', { text }),
    evidence: unique(offers.map((offer) => `${exchangeLabel(offer.exchange)}: ${describeItem(offer.item, tokens)}`)),
    inference: id === 'server-offers-only-negotiate' ? [phrase('offerOnlyNegotiateInference')] : [],
    exchanges: unique(offers.map((offer) => offer.exchange.index)),
    tokens: [],
  });
  return text;
}

function addUnanswered(
  attempts: Attempt[],
  exchanges: Exchange[],
  offers: Offer[],
  label: (attempt: Attempt) => string,
  add: AddFinding,
): void {
  const last = attempts[attempts.length - 1];
  if (last && last.result === 'unanswered' && last.mechanism !== 'other') {
    add({
      id: 'handshake-unfinished',
      message: phrase('handshakeUnfinished', { mechanism: last.mechanism === 'ntlm' ? 'NTLM' : 'Kerberos' }),
      evidence: [label(last)],
      exchanges: [last.exchange.index],
      tokens: [last.token.index],
    });
  }
  const silent = silentClients(exchanges);
  const challenged = offers.filter((offer) => offer.exchange.status !== null && isWindowsScheme(offer.item.scheme) && silent.has(offer.exchange.client ?? ''));
  if (challenged[0]) {
    add({
      id: 'no-credentials-sent',
      message: phrase('noCredentialsSent', { client: clientPhrase(challenged[0].exchange.client) }),
      evidence: unique(challenged.map((offer) => exchangeLabel(offer.exchange))),
      inference: [phrase('noCredentialsSentInference')],
      exchanges: unique(challenged.map((offer) => offer.exchange.index)),
      tokens: [],
    });
  }
}

// Clients (by family, '' when unknown) that never sent Negotiate or NTLM credentials in the input.
function silentClients(exchanges: readonly Exchange[]): Set<string> {
  const all = new Set(exchanges.map((exchange) => exchange.client ?? ''));
  for (const exchange of exchanges) {
    if (exchange.sent.some((item) => isWindowsScheme(item.scheme))) all.delete(exchange.client ?? '');
  }
  return all;
}

function isWindowsScheme(scheme: string): boolean {
  return scheme === 'Negotiate' || scheme === 'NTLM';
}

function addKerberosErrors(tokens: TokenEntry[], add: AddFinding): void {
  const errors = tokens.filter((token) => token.kerberos?.message === 'krb-error');
  const first = errors[0]?.kerberos;
  if (!first) return;
  const name = first.errorName ?? (first.errorCode === undefined ? phrase('kerberosErrorUnreadable') : phrase('kerberosErrorCode', { code: first.errorCode }));
  const meaning = first.errorCode === undefined ? undefined : KERBEROS_ERRORS[first.errorCode];
  add({
    id: 'kerberos-error',
    message: phrase('kerberosError', { name }),
    evidence: errors.map((token) => `token ${token.index + 1} (${token.source}): ${token.note ?? 'KRB-ERROR'}`),
    inference: meaning ? [phrase(meaning)] : [],
    exchanges: unique(errors.flatMap((token) => (token.exchange === null ? [] : [token.exchange]))),
    tokens: errors.map((token) => token.index),
  });
}

function addTruncated(tokens: TokenEntry[], add: AddFinding): void {
  const cut = tokens.filter((token) => token.truncated);
  if (cut.length === 0) return;
  add({
    id: 'truncated-token',
    message: phrase('truncatedToken', { count: cut.length }),
    evidence: cut.map((token) => `token ${token.index + 1} (${token.source}): ${describeToken(token)}`),
    inference: [phrase('truncatedTokenInference')],
    exchanges: unique(cut.flatMap((token) => (token.exchange === null ? [] : [token.exchange]))),
    tokens: cut.map((token) => token.index),
  });
}

function answerTokens(attempts: Attempt[], tokens: readonly TokenEntry[]): string[] {
  return attempts.flatMap((attempt) =>
    attempt.exchange.offered.filter((item) => item.hasToken).map((item) => `${exchangeLabel(attempt.exchange)}: ${describeItem(item, tokens)}`),
  );
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
