import type { NegState, TokenKind } from '@/lib/diagnose/types';
import type { DiagnoseTextKey } from './diagnose-text';

const KIND_KEYS: Record<TokenKind, DiagnoseTextKey> = {
  'ntlm-negotiate': 'kindNtlmNegotiate',
  'ntlm-challenge': 'kindNtlmChallenge',
  'ntlm-authenticate': 'kindNtlmAuthenticate',
  'spnego-init': 'kindSpnegoInit',
  'spnego-response': 'kindSpnegoResponse',
  'kerberos-ap-req': 'kindKerberosApReq',
  'kerberos-ap-rep': 'kindKerberosApRep',
  unknown: 'kindUnknown',
};

const NEG_STATE_KEYS: Record<NegState, DiagnoseTextKey> = {
  'accept-completed': 'negAcceptCompleted',
  'accept-incomplete': 'negAcceptIncomplete',
  reject: 'negReject',
  'request-mic': 'negRequestMic',
};

/** The tool's words, as token-labels reads them. */
type Text = Readonly<Record<DiagnoseTextKey, string>>;

/** A token kind in words a support engineer reads without the RFCs. */
export function kindLabel(kind: TokenKind | null | undefined, text: Text): string {
  return text[kind ? KIND_KEYS[kind] : 'kindNone'];
}

/** An SPNEGO negState with what it means. */
export function negStateLabel(state: NegState, text: Text): string {
  return text[NEG_STATE_KEYS[state]];
}
