import { decodeBase64, startsWithAscii } from './base64';
import { decodeOid, readTlv } from './der';
import { decodeKerberosMessage, KRB_AP_REP, KRB_AP_REQ, KRB_ERROR } from './kerberos';
import { decodeNtlm } from './ntlm';
import { decodeNegTokenInit, decodeNegTokenResp, mechanismName, SPNEGO_OID } from './spnego';
import type { DecodedToken } from './types';

/** Options for decoding one token. */
export interface DecodeOptions {
  /** Expose user, domain, workstation, realm and service names found inside tokens. */
  includeNames?: boolean;
  /** How deep tokens may nest (SPNEGO wrapping NTLM is depth 1). */
  maxDepth?: number;
}

const KERBEROS_OIDS = new Set(['1.2.840.113554.1.2.2', '1.2.840.48018.1.2.2']);
// RFC 4121 4.1: the two-byte token id after the Kerberos OID in a GSS token.
const TOKEN_IDS: Record<string, number> = { '1,0': KRB_AP_REQ, '2,0': KRB_AP_REP, '3,0': KRB_ERROR };

/** Decodes a base64 token; bad base64 is an `unknown` token with a note, never an exception. */
export function decodeToken(base64: string, options: DecodeOptions = {}): DecodedToken {
  const ellipsis = base64.search(/…|\.\.\./);
  if (ellipsis !== -1) {
    // A token shortened for display: what comes before the ellipsis is the real start of it.
    const head = base64.slice(0, ellipsis);
    const bytes = decodeBase64(head.slice(0, head.length - (head.length % 4)));
    if (!bytes) return { kind: 'unknown', truncated: true, byteLength: 0, note: 'shortened with an ellipsis' };
    return { ...decodeTokenBytes(bytes, options), truncated: true, note: 'shortened with an ellipsis; only its start was read' };
  }
  const bytes = decodeBase64(base64);
  if (!bytes) return { kind: 'unknown', truncated: false, byteLength: 0, note: 'not valid base64' };
  return decodeTokenBytes(bytes, options);
}

/** Classifies a token by its first bytes and decodes what it can (see wia-facts.md section 1). */
export function decodeTokenBytes(bytes: Uint8Array, options: DecodeOptions = {}, depth = 0): DecodedToken {
  const includeNames = options.includeNames ?? false;
  const maxDepth = options.maxDepth ?? 3;
  const decodeInner = (inner: Uint8Array): DecodedToken =>
    depth + 1 > maxDepth
      ? { kind: 'unknown', truncated: false, byteLength: inner.length, note: 'nested too deeply to decode' }
      : decodeTokenBytes(inner, options, depth + 1);

  if (startsWithAscii(bytes, 'NTLMSSP\0')) return decodeNtlm(bytes, includeNames);
  if (startsWithAscii(bytes, 'NEGOEXTS')) return unknown(bytes, 'NEGOEX message');
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
      return decodeKerberosMessage(bytes, 0, includeNames, false);
    default:
      return unknown(bytes, bytes.length === 0 ? 'empty token' : 'not an NTLM, SPNEGO or Kerberos token');
  }
}

// RFC 2743 3.1: [APPLICATION 0] { thisMech OID, innerToken }.
function decodeGssToken(
  bytes: Uint8Array,
  decodeInner: (inner: Uint8Array) => DecodedToken,
  includeNames: boolean,
): DecodedToken {
  const wrapper = readTlv(bytes, 0);
  if (!wrapper) return { ...unknown(bytes, 'GSS-API token cut short'), truncated: true };
  const oidTlv = readTlv(bytes, wrapper.start, wrapper.end);
  const oid = oidTlv ? decodeOid(bytes, oidTlv) : null;
  if (!oidTlv || !oid) {
    return { ...unknown(bytes, 'GSS-API token without a readable mechanism'), truncated: wrapper.truncated || !oidTlv };
  }
  const truncated = wrapper.truncated;
  const next = oidTlv.next;
  if (oid === SPNEGO_OID) {
    if (bytes[next] === 0xa0) return decodeNegTokenInit(bytes, next, decodeInner, includeNames, truncated);
    if (bytes[next] === 0xa1) return decodeNegTokenResp(bytes, next, decodeInner, truncated);
    return { ...unknown(bytes, 'SPNEGO token of unknown shape'), truncated: truncated || next >= wrapper.end };
  }
  if (KERBEROS_OIDS.has(oid)) {
    if (next + 2 > wrapper.end) return { ...unknown(bytes, 'Kerberos token cut short'), truncated: true };
    const tag = TOKEN_IDS[`${bytes[next]},${bytes[next + 1]}`];
    if (tag !== undefined && next + 2 >= bytes.length) {
      // The token id names the message even when the message itself was cut off.
      const kind = tag === KRB_AP_REQ ? 'kerberos-ap-req' : tag === KRB_AP_REP ? 'kerberos-ap-rep' : 'unknown';
      return { kind, truncated: true, byteLength: bytes.length };
    }
    if (tag === undefined || bytes[next + 2] !== tag) {
      return { ...unknown(bytes, 'Kerberos token of unknown type'), truncated: truncated || next + 2 >= wrapper.end };
    }
    return decodeKerberosMessage(bytes, next + 2, includeNames, truncated);
  }
  return { ...unknown(bytes, `GSS-API token for mechanism ${mechanismName(oid)}`), truncated };
}

function unknown(bytes: Uint8Array, note: string): DecodedToken {
  return { kind: 'unknown', truncated: false, byteLength: bytes.length, note };
}
