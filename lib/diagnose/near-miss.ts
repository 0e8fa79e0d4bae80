import { redactToken } from './redact';

/** The line that came nearest to being read, shown when nothing at all was found. */
export interface NearMiss {
  line: number;
  /** The line as pasted, with anything token-like shortened and cut to a readable length. */
  text: string;
}

const HEADER_WORD = /authenticat|authori[sz]/i;
const SCHEME_WORD = /\b(negotiate|ntlm|kerberos|spnego)\b/i;
// Base64 runs that start like the tokens this tool reads: GSS-API (YI/YE/YF/YG), NegTokenResp (oX/oY/oQ/oR), NTLMSSP (TlRM).
const TOKEN_START = /(?:^|[^A-Za-z0-9+/])(?:Y[IEFG]|o[XYQRI]|TlRM)[A-Za-z0-9+/_-]{16,}/;
const BASE64_RUN = /[A-Za-z0-9+/_-]{20,}={0,2}/g;
const MAX_SHOWN = 160;

/** How much a line that was not read looks like authentication data; 0 when not at all. */
export function nearMissScore(text: string): number {
  let score = 0;
  if (HEADER_WORD.test(text)) score += 2;
  if (SCHEME_WORD.test(text)) score += 2;
  if (TOKEN_START.test(text)) score += 2;
  return score;
}

/** A line safe and short enough to show back: tokens shortened as everywhere else, then cut. */
export function nearMissText(text: string): string {
  const redacted = text.trim().replace(BASE64_RUN, (run) => redactToken(run));
  return redacted.length > MAX_SHOWN ? `${redacted.slice(0, MAX_SHOWN)}…` : redacted;
}
