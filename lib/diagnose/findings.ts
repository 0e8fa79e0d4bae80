import { clientWord } from './client';
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
import type { Exchange, Finding, FindingId, InputFormat, TokenEntry } from './types';

/** Findings in plain words, with the attempts and offers they were read from. */
export interface FindingsResult {
  findings: Finding[];
  attempts: Attempt[];
  offered: Set<string>;
}

// RFC 4120 codes a web server's Kerberos acceptor returns, with what they mean for the reader.
const KERBEROS_ERRORS: Record<number, string> = {
  37: "The clocks of the computer and the server differ by more than Kerberos allows (5 minutes by default).",
  41: 'The server could not decrypt the ticket with its own key: the SPN is usually registered on the wrong account, or on two accounts.',
};

type AddFinding = (finding: Omit<Finding, 'inference'> & { inference?: string | null }) => void;

/** Reads the handshake from the exchanges and tokens and says what happened, with evidence. */
export function buildFindings(format: InputFormat, exchanges: Exchange[], tokens: TokenEntry[]): FindingsResult {
  const findings: Finding[] = [];
  const add: AddFinding = (finding) => findings.push({ ...finding, inference: finding.inference ?? null });
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
      message: sentence(`${offerText ? `${offerText}; ` : ''}${clientWord(first.exchange.client)} answered ${first.item.scheme} with a Kerberos ticket and got ${status} again`),
      evidence: kerberosRefused.map(label).concat(answerTokens(kerberosRefused, tokens)),
      inference:
        'A Kerberos ticket comes from a domain controller, so this computer got one at some point (tickets are kept for hours). ' +
        "The server refused it; the headers can't show why, or whether the computer can reach a domain controller now." +
        (ntlmToo ? ' Because the server also offers NTLM, turning off Negotiate on this computer tests whether NTLM signs in.' : ''),
      ...ids(kerberosRefused),
    });
  }
  const tooLarge = of('kerberos', 'too-large');
  if (tooLarge[0]) {
    add({
      id: 'request-too-large',
      message: `The request carrying a ${tooLarge[0].token.byteLength}-byte Kerberos token got HTTP 400.`,
      evidence: tooLarge.map(label),
      inference:
        'IIS answers 400 (Request header too long) when a Kerberos token is larger than its header limits ' +
        '(MaxFieldLength, MaxRequestBytes), which happens to users in many groups. The response body would say so; the headers alone do not.',
      ...ids(tooLarge),
    });
  }
  const kerberosAccepted = of('kerberos', 'accepted');
  if (kerberosAccepted[0]) {
    const mutual = kerberosAccepted.some((attempt) => attempt.exchange.offered.some((item) => effectiveKind(tokens[item.token ?? -1]) === 'kerberos-ap-rep'));
    add({
      id: 'kerberos-accepted',
      message: sentence(`${clientWord(kerberosAccepted[0].exchange.client)} signed in with Kerberos (${kerberosAccepted[0].exchange.status})${mutual ? ', and the server proved its own identity with a Kerberos AP-REP (mutual authentication)' : ''}`),
      evidence: kerberosAccepted.map(label).concat(answerTokens(kerberosAccepted, tokens)),
      ...ids(kerberosAccepted),
    });
  }
  const inside = attempts.filter((attempt) => attempt.mechanism === 'ntlm' && attempt.item.scheme === 'Negotiate');
  if (inside[0]) {
    const wrapped = inside.some((attempt) => attempt.token.kind.startsWith('spnego'));
    add({
      id: 'ntlm-inside-negotiate',
      message: sentence(`${clientWord(inside[0].exchange.client)} answered Negotiate with NTLM, not Kerberos (${wrapped ? 'an NTLM message wrapped in SPNEGO' : 'a raw NTLM message under the Negotiate name'})`),
      evidence: inside.map(label),
      inference:
        'Negotiate carries NTLM when the client has no usable Kerberos ticket for this server, for example because the server\'s name (SPN) ' +
        "is unknown to the domain controller or the client isn't in the domain. The headers don't show which.",
      ...ids(inside),
    });
  }
  const ntlmAccepted = attempts.filter((attempt) => attempt.mechanism === 'ntlm' && attempt.result === 'accepted');
  if (ntlmAccepted[0]) {
    add({ id: 'ntlm-accepted', message: `The NTLM handshake completed (${ntlmAccepted[0].exchange.status}).`, evidence: ntlmAccepted.map(label), ...ids(ntlmAccepted) });
  }
  const ntlmRefused = of('ntlm', 'refused');
  if (ntlmRefused[0]) {
    add({
      id: 'ntlm-refused',
      message: `The server refused the NTLM sign-in: the last NTLM message got ${ntlmRefused[0].exchange.status} again.`,
      evidence: ntlmRefused.map(label).concat(answerTokens(ntlmRefused, tokens)),
      inference:
        "With NTLM the computer doesn't need to reach a domain controller itself, so this is not the Negotiate problem the troubleshooter covers. " +
        "A refusal usually means a wrong user name or password, or no permission on the site; the IIS log's sc-substatus (401.1, 401.2, 401.3) tells which.",
      ...ids(ntlmRefused),
    });
  }
  const noChallenge = of('ntlm', 'no-challenge');
  if (noChallenge[0]) {
    add({
      id: 'ntlm-no-challenge',
      message: sentence(`${clientWord(noChallenge[0].exchange.client)} opened NTLM, but the server answered ${noChallenge[0].exchange.status} without an NTLM challenge`),
      evidence: noChallenge.map(label),
      inference: "A server that accepts only Kerberos (for example IIS with the Negotiate:Kerberos provider) doesn't answer NTLM.",
      ...ids(noChallenge),
    });
  }
  const rejects = tokens.filter((token) => token.negState === 'reject');
  if (rejects[0]) {
    add({
      id: 'spnego-rejected',
      message: 'The server rejected the SPNEGO negotiation (negState reject).',
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
      message: "These are headers or tokens without status lines, so they can't show how the sign-in ended.",
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
): string | null {
  if (offers.length === 0) return null;
  const subject = offerSubject(offers);
  const others = [...offered].filter((scheme) => scheme !== 'Negotiate' && scheme !== 'NTLM');
  const also = others.length > 0 ? ` (and also ${others.join(', ')})` : '';
  const negotiate = offered.has('Negotiate');
  const ntlm = offered.has('NTLM');
  const [id, text]: [FindingId, string] =
    negotiate && ntlm
      ? ['server-offers-negotiate-and-ntlm', `${subject} offers Negotiate and NTLM${also}`]
      : ntlm
        ? ['server-offers-only-ntlm', `${subject} offers NTLM but not Negotiate${also}, so Kerberos is not used`]
        : negotiate
          ? ['server-offers-only-negotiate', `${subject} offers Negotiate but not NTLM${also}`]
          : ['server-offers-no-windows-auth', `${subject} asks for a sign-in but offers neither Negotiate nor NTLM (only ${others.join(', ')})`];
  add({
    id,
    message: sentence(text),
    evidence: unique(offers.map((offer) => `${exchangeLabel(offer.exchange)}: ${describeItem(offer.item, tokens)}`)),
    inference: id === 'server-offers-only-negotiate' ? 'Turning off Negotiate in the browser would leave it no Windows sign-in method for this site.' : null,
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
      message: `The capture ends before the server answered the last ${last.mechanism === 'ntlm' ? 'NTLM' : 'Kerberos'} message.`,
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
      message: sentence(`the server asked for Windows sign-in, but ${clientWord(challenged[0].exchange.client)} never answered with credentials`),
      evidence: unique(challenged.map((offer) => exchangeLabel(offer.exchange))),
      inference:
        "Browsers sign in automatically only to sites they trust (Internet Explorer's Local intranet zone, the AuthServerAllowlist policy of Edge and Chrome, " +
        "Firefox's trusted URIs); elsewhere they ask for a user name and password, and no further request means none was given.",
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
  const name = first.errorName ?? (first.errorCode === undefined ? 'an unreadable code' : `code ${first.errorCode}`);
  add({
    id: 'kerberos-error',
    message: `A Kerberos error came back: ${name}.`,
    evidence: errors.map((token) => `token ${token.index + 1} (${token.source}): ${token.note ?? 'KRB-ERROR'}`),
    inference: first.errorCode === undefined ? null : (KERBEROS_ERRORS[first.errorCode] ?? null),
    exchanges: unique(errors.flatMap((token) => (token.exchange === null ? [] : [token.exchange]))),
    tokens: errors.map((token) => token.index),
  });
}

function addTruncated(tokens: TokenEntry[], add: AddFinding): void {
  const cut = tokens.filter((token) => token.truncated);
  if (cut.length === 0) return;
  add({
    id: 'truncated-token',
    message: `${cut.length === 1 ? 'One token is' : `${cut.length} tokens are`} cut short: what could be read is shown.`,
    evidence: cut.map((token) => `token ${token.index + 1} (${token.source}): ${describeToken(token)}`),
    inference: 'A token cut short is usually a copy that lost its end; the handshake itself may have been complete.',
    exchanges: unique(cut.flatMap((token) => (token.exchange === null ? [] : [token.exchange]))),
    tokens: cut.map((token) => token.index),
  });
}

function answerTokens(attempts: Attempt[], tokens: readonly TokenEntry[]): string[] {
  return attempts.flatMap((attempt) =>
    attempt.exchange.offered.filter((item) => item.hasToken).map((item) => `${exchangeLabel(attempt.exchange)}: ${describeItem(item, tokens)}`),
  );
}

// Capitalises "the browser"/"the server" but leaves tool names as they are spelled ("curl").
function sentence(text: string): string {
  return `${text.startsWith('the ') ? `T${text.slice(1)}` : text}.`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
