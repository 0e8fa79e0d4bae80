import type { WizardAnswer } from '../wizard/session';
import type { Phrase } from './phrase';

/** What a token is, judged by its bytes rather than by the scheme name in front of it. */
export type TokenKind =
  | 'ntlm-negotiate'
  | 'ntlm-challenge'
  | 'ntlm-authenticate'
  | 'spnego-init'
  | 'spnego-response'
  | 'kerberos-ap-req'
  | 'kerberos-ap-rep'
  | 'unknown';

/** SPNEGO NegTokenResp negState (RFC 4178): 0 to 3 in that order. */
export type NegState = 'accept-completed' | 'accept-incomplete' | 'reject' | 'request-mic';

/** The four headers that carry HTTP authentication, spelled canonically. */
export type AuthHeaderName = 'WWW-Authenticate' | 'Authorization' | 'Proxy-Authenticate' | 'Proxy-Authorization';

/** Names read from an NTLM message; present only when the caller asked for names. */
export interface NtlmNames {
  domain?: string;
  user?: string;
  workstation?: string;
  target?: string;
  netbiosDomain?: string;
  netbiosComputer?: string;
  dnsDomain?: string;
  dnsComputer?: string;
}

/** What an NTLM message says about itself, names aside. */
export interface NtlmDetails {
  messageType: 1 | 2 | 3;
  flags: string[];
  /** The sender's Windows version, e.g. "10.0.14393", when the message carries one. */
  osVersion: string | null;
  /** Type 3 only: which response the client computed, judged by its length. */
  response?: 'ntlmv1' | 'ntlmv2' | 'anonymous';
  names?: NtlmNames;
}

/**
 * What a Kerberos message says about itself. The ticket's realm and service name a service, not a
 * person, so they are always read (as far as a cut token holds them).
 */
export interface KerberosDetails {
  message: 'ap-req' | 'ap-rep' | 'krb-error';
  /** AP-REQ: the ticket's encryption type, e.g. "aes256-cts-hmac-sha1-96". */
  ticketEncryption?: string;
  /** AP-REQ: the ticket's realm, e.g. "CONTOSO.COM". */
  realm?: string;
  /** AP-REQ: the ticket's service name, e.g. "HTTP/www.contoso.com"; ends in "…" when cut inside it. */
  service?: string;
  /** AP-REQ: the service principal name the ticket is for, "service@realm". */
  spn?: string;
  /** True when the token ends inside the realm or service name, so what is shown is their start. */
  namesCut?: boolean;
  /** KRB-ERROR: the error code and its RFC 4120 name. */
  errorCode?: number;
  errorName?: string;
}

/** One token decoded by its bytes. `truncated` means it ended before its own lengths said it would. */
export interface DecodedToken {
  kind: TokenKind;
  truncated: boolean;
  byteLength: number;
  /** A cut token only: how many bytes it says it has (against `byteLength`, what arrived). */
  declaredLength?: number;
  /** SPNEGO only: the kind of the wrapped token, or null when there is none. */
  inner?: TokenKind | null;
  /** SPNEGO only: mechanism names (NegTokenInit's list, or NegTokenResp's supportedMech). */
  mechTypes?: string[];
  /** SPNEGO NegTokenResp only. */
  negState?: NegState | null;
  /** NegTokenInit2 (server-first) carries negHints. */
  negHints?: boolean;
  hintName?: string;
  ntlm?: NtlmDetails;
  kerberos?: KerberosDetails;
  /** A short remark as a phrase (said in the page's language), e.g. why the kind is unknown. */
  note?: Phrase;
}

/** A decoded token as reported: where it came from first, then what it is. */
export interface TokenEntry extends DecodedToken {
  header: AuthHeaderName | null;
  scheme: string | null;
  index: number;
  /** The exchange it belongs to, or null for loose headers and bare tokens. */
  exchange: number | null;
  source: string;
  /** The first characters of the base64 (or all of it when redaction is off). */
  preview: string;
  base64Length: number;
}

/** One challenge or credential seen in an authentication header. */
export interface AuthItem {
  header: AuthHeaderName;
  scheme: string;
  /** Whether a token followed the scheme (Basic and Bearer credentials are never decoded). */
  hasToken: boolean;
  /** Index into `tokens`, or null when there is no token or it was not decoded. */
  token: number | null;
  kind: TokenKind | null;
}

/** A request paired with its response (either may be missing), reduced to what matters here. */
export interface Exchange {
  index: number;
  source: string;
  method: string | null;
  url: string | null;
  status: number | null;
  /** Browser or tool family read from User-Agent, e.g. "Edge", "Chrome", "curl". */
  client: string | null;
  /** True for header lines outside any request or response: nothing says how they were answered. */
  loose: boolean;
  sent: AuthItem[];
  offered: AuthItem[];
}

/** Stable identifiers of what `analyze` can conclude. */
export type FindingId =
  | 'server-offers-negotiate-and-ntlm'
  | 'server-offers-only-ntlm'
  | 'server-offers-only-negotiate'
  | 'server-offers-no-windows-auth'
  | 'kerberos-refused'
  | 'kerberos-accepted'
  | 'ntlm-inside-negotiate'
  | 'ntlm-accepted'
  | 'ntlm-refused'
  | 'ntlm-no-challenge'
  | 'spnego-rejected'
  | 'kerberos-error'
  | 'request-too-large'
  | 'no-credentials-sent'
  | 'handshake-unfinished'
  | 'truncated-token'
  | 'no-status-codes'
  | 'kerberos-service-ticket'
  | 'iis-401'
  | 'nothing-found';

/** The values a finding's message is built from, for rendering it in any language. */
export type FindingParams = Record<string, string | number | boolean | null>;

/**
 * A conclusion, with the evidence it rests on and what, if anything, is inferred. Its words are
 * phrases (lib/diagnose/phrase.ts), put into the page's language by the page and into English by the CLI.
 */
export interface Finding {
  id: FindingId;
  /** What was found. */
  message: Phrase;
  /** What the message says, as values: present on findings written from an id and parameters. */
  params?: FindingParams;
  /** The article on this site that explains what was found, the section to open and the link's words. */
  article?: { slug: string; anchor?: string; text: Phrase };
  /** The lines it rests on: where each was read and what it held (lib/diagnose/evidence.ts). */
  evidence: Phrase[];
  /** What the evidence cannot show and is therefore inferred, in sentences; empty when it is all observed. */
  inference: Phrase[];
  exchanges: number[];
  tokens: number[];
}

/** Which shape the input was read as. */
export type InputFormat = 'har' | 'har-fragments' | 'transcript' | 'headers' | 'tokens' | 'iis-log' | 'empty';

/** Everything `analyze` returns. */
export interface Analysis {
  format: InputFormat;
  tokens: TokenEntry[];
  exchanges: Exchange[];
  findings: Finding[];
  /** The troubleshooter the suggestion is in, or null when no tree given declares evidence. */
  suggestedTree: string | null;
  /** An outcome of that troubleshooter the evidence points to, reachable from the suggested step. */
  suggestedOutcome: string | null;
  /** Answers that replay from the troubleshooter's start; only those the evidence decides. */
  suggestedAnswers: WizardAnswer[];
  /** The step those answers reach (the start when there are none), or null without a tree. */
  suggestedStep: string | null;
  /** What was not read or analysed, and why: phrases, said in the page's language or the CLI's English. */
  skipped: Phrase[];
}

/** Bounds on the work done for one input; anything past them is skipped and reported. */
export interface DiagnoseLimits {
  maxInputChars: number;
  maxLineChars: number;
  maxTokenChars: number;
  maxTokens: number;
  maxExchanges: number;
  maxHarEntries: number;
  maxHeadersPerMessage: number;
  /** How many tokens may nest inside one another (SPNEGO inside SPNEGO is already odd). */
  maxDepth: number;
}

/** The limits `analyze` uses unless told otherwise: a 50 MB input, 500 tokens, 2000 exchanges. */
export const DEFAULT_LIMITS: DiagnoseLimits = {
  maxInputChars: 50 * 1024 * 1024,
  maxLineChars: 256 * 1024,
  maxTokenChars: 128 * 1024,
  maxTokens: 500,
  maxExchanges: 2000,
  maxHarEntries: 200_000,
  maxHeadersPerMessage: 300,
  maxDepth: 3,
};
