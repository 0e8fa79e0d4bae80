import { decodePastedToken, startsWithAscii } from './base64';
import { declaredLength, decodeOid, readTlv } from './der';
import { decodeKerberosMessage, KRB_AP_REP, KRB_AP_REQ, KRB_ERROR } from './kerberos';
import { decodeNtlm } from './ntlm';
import { decodeNegTokenInit, decodeNegTokenResp, mechanismName, SPNEGO_OID } from './spnego';
import { phrase, type Phrase } from './phrase';
import type { DecodedToken } from './types';

/** Options for decoding one token. */
export interface DecodeOptions {
  /** Expose the user, domain and workstation names found inside NTLM messages (and SPNEGO hints). */
  includeNames?: boolean;
  /** How deep tokens may nest (SPNEGO wrapping NTLM is depth 1). */
  maxDepth?: number;
}

const KERBEROS_OIDS = new Set(['1.2.840.113554.1.2.2', '1.2.840.48018.1.2.2']);
// RFC 4121 4.1: the two-byte token id after the Kerberos OID in a GSS token.
const TOKEN_IDS: Record<string, number> = { '1,0': KRB_AP_REQ, '2,0': KRB_AP_REP, '3,0': KRB_ERROR };
// First bytes of a GSS-API token, a bare NegTokenInit/NegTokenResp, or a raw Kerberos message.
const DER_STARTS = new Set([0x60, 0xa0, 0xa1, KRB_AP_REQ, KRB_AP_REP, KRB_ERROR]);

/**
 * Decodes a base64 token as pasted: quoted, wrapped, shortened with an ellipsis or cut at any
 * character. What survives is classified by its bytes and marked truncated; text that is not
 * base64 is an `unknown` token with a note, never an exception.
 */
export function decodeToken(base64: string, options: DecodeOptions = {}): DecodedToken {
  const ellipsis = base64.search(/…|\.\.\./);
  const shortened = ellipsis !== -1;
  // A token shortened for display: what comes before the ellipsis is the real start of it.
  const pasted = decodePastedToken(shortened ? base64.slice(0, ellipsis) : base64);
  if (!pasted) {
    return { kind: 'unknown', truncated: shortened, byteLength: 0, note: phrase(shortened ? 'tokenNoteShortened' : 'tokenNoteNotBase64') };
  }
  const decoded = decodeTokenBytes(pasted.bytes, options);
  if (shortened) return { ...withDeclaredLength(pasted.bytes, decoded), truncated: true, note: phrase('tokenNoteShortenedStart') };
  // Base64 cut one character past a group says nothing about a text that is not a token at all.
  return pasted.cut && decoded.kind !== 'unknown' ? withDeclaredLength(pasted.bytes, { ...decoded, truncated: true }) : decoded;
}

/** Classifies a token by its first bytes and decodes what it can (see wia-facts.md section 1). */
export function decodeTokenBytes(bytes: Uint8Array, options: DecodeOptions = {}, depth = 0): DecodedToken {
  return withDeclaredLength(bytes, classify(bytes, options, depth));
}

function classify(bytes: Uint8Array, options: DecodeOptions, depth: number): DecodedToken {
  const includeNames = options.includeNames ?? false;
  const maxDepth = options.maxDepth ?? 3;
  const decodeInner = (inner: Uint8Array): DecodedToken =>
    depth + 1 > maxDepth
      ? { kind: 'unknown', truncated: false, byteLength: inner.length, note: phrase('tokenNoteTooDeep') }
      : decodeTokenBytes(inner, options, depth + 1);

  if (startsWithAscii(bytes, 'NTLMSSP\0')) return decodeNtlm(bytes, includeNames);
  // Fewer than eight bytes of the signature: an NTLM message cut before its type.
  if (bytes.length >= 4 && bytes.length < 8 && startsWithAscii(bytes, 'NTLMSSP'.slice(0, bytes.length))) {
    return { kind: 'unknown', truncated: true, byteLength: bytes.length, note: phrase('tokenNoteNtlmCutBeforeType') };
  }
  if (startsWithAscii(bytes, 'NEGOEXTS')) return unknown(bytes, phrase('tokenNoteNegoex'));
  switch (bytes[0]) {
    case 0x60:
      return decodeGssToken(bytes, decodeInner, includeNames);
    case 0xa0:
      return decodeNegTokenInit(bytes, 0, decodeInner, includeNames, false);
    case 0xa1:
      return decodeNegTokenResp(bytes, 0, decodeInner, false);
    case KRB_AP_REQ:
    case KRB_AP_REP:
    case KRB_ERROR:
      return decodeKerberosMessage(bytes, 0, false);
    default:
      return unknown(bytes, phrase(bytes.length === 0 ? 'tokenNoteEmpty' : 'tokenNoteNotWindowsAuth'));
  }
}

// A cut DER token says how long it should have been in its first bytes; show that beside what arrived.
function withDeclaredLength(bytes: Uint8Array, token: DecodedToken): DecodedToken {
  if (!token.truncated || token.declaredLength !== undefined || !DER_STARTS.has(bytes[0] ?? -1)) return token;
  const declared = declaredLength(bytes);
  return declared !== null && declared > bytes.length ? { ...token, declaredLength: declared } : token;
}

// RFC 2743 3.1: [APPLICATION 0] { thisMech OID, innerToken }.
function decodeGssToken(
  bytes: Uint8Array,
  decodeInner: (inner: Uint8Array) => DecodedToken,
  includeNames: boolean,
): DecodedToken {
  const wrapper = readTlv(bytes, 0);
  if (!wrapper) return { ...unknown(bytes, phrase('tokenNoteGssCut')), truncated: true };
  const oidTlv = readTlv(bytes, wrapper.start, wrapper.end);
  const oid = oidTlv ? decodeOid(bytes, oidTlv) : null;
  if (!oidTlv || !oid) {
    return { ...unknown(bytes, phrase('tokenNoteGssNoMechanism')), truncated: wrapper.truncated || !oidTlv };
  }
  const truncated = wrapper.truncated;
  const next = oidTlv.next;
  if (oid === SPNEGO_OID) {
    if (bytes[next] === 0xa0) return decodeNegTokenInit(bytes, next, decodeInner, includeNames, truncated);
    if (bytes[next] === 0xa1) return decodeNegTokenResp(bytes, next, decodeInner, truncated);
    return { ...unknown(bytes, phrase('tokenNoteSpnegoUnknownShape')), truncated: truncated || next >= wrapper.end };
  }
  if (KERBEROS_OIDS.has(oid)) {
    if (next + 2 > wrapper.end) return { ...unknown(bytes, phrase('tokenNoteKerberosCut')), truncated: true };
    const tag = TOKEN_IDS[`${bytes[next]},${bytes[next + 1]}`];
    if (tag !== undefined && next + 2 >= bytes.length) {
      // The token id names the message even when the message itself was cut off.
      const kind = tag === KRB_AP_REQ ? 'kerberos-ap-req' : tag === KRB_AP_REP ? 'kerberos-ap-rep' : 'unknown';
      return { kind, truncated: true, byteLength: bytes.length };
    }
    if (tag === undefined || bytes[next + 2] !== tag) {
      return { ...unknown(bytes, phrase('tokenNoteKerberosUnknownType')), truncated: truncated || next + 2 >= wrapper.end };
    }
    return decodeKerberosMessage(bytes, next + 2, truncated);
  }
  return { ...unknown(bytes, phrase('tokenNoteGssMechanism', { mechanism: mechanismName(oid) })), truncated };
}

function unknown(bytes: Uint8Array, note: Phrase): DecodedToken {
  return { kind: 'unknown', truncated: false, byteLength: bytes.length, note };
}
