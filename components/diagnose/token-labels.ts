import type { NegState, TokenKind } from '@/lib/diagnose/types';

const KIND_LABELS: Record<TokenKind, string> = {
  'ntlm-negotiate': 'NTLM type 1 (negotiate)',
  'ntlm-challenge': 'NTLM type 2 (challenge)',
  'ntlm-authenticate': 'NTLM type 3 (authenticate)',
  'spnego-init': 'SPNEGO NegTokenInit',
  'spnego-response': 'SPNEGO NegTokenResp',
  'kerberos-ap-req': 'Kerberos ticket (AP-REQ)',
  'kerberos-ap-rep': 'Kerberos reply (AP-REP)',
  unknown: 'unrecognised token',
};

const NEG_STATE_LABELS: Record<NegState, string> = {
  'accept-completed': 'accept-completed (the server accepted)',
  'accept-incomplete': 'accept-incomplete (another round follows)',
  reject: 'reject (the server refused)',
  'request-mic': 'request-mic (the server wants a MIC)',
};

/** A token kind in words a support engineer reads without the RFCs. */
export function kindLabel(kind: TokenKind | null | undefined): string {
  return kind ? KIND_LABELS[kind] : 'no token';
}

/** An SPNEGO negState with what it means. */
export function negStateLabel(state: NegState): string {
  return NEG_STATE_LABELS[state];
}
