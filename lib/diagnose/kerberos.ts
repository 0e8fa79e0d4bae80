import { childWithTag, decodeAscii, decodeSmallInt, readTlv, type Tlv } from './der';
import { phrase } from './phrase';
import type { DecodedToken, KerberosDetails } from './types';

/** [APPLICATION 14] AP-REQ, [APPLICATION 15] AP-REP, [APPLICATION 30] KRB-ERROR (RFC 4120). */
export const KRB_AP_REQ = 0x6e;
export const KRB_AP_REP = 0x6f;
export const KRB_ERROR = 0x7e;

// RFC 3961/8009 encryption types worth naming; others show their number.
const ENCTYPES: Record<number, string> = {
  1: 'des-cbc-crc',
  3: 'des-cbc-md5',
  17: 'aes128-cts-hmac-sha1-96',
  18: 'aes256-cts-hmac-sha1-96',
  19: 'aes128-cts-hmac-sha256-128',
  20: 'aes256-cts-hmac-sha384-192',
  23: 'rc4-hmac',
};

// RFC 4120 7.5.9: the errors a web server's Kerberos acceptor can return.
const ERRORS: Record<number, string> = {
  6: 'KDC_ERR_C_PRINCIPAL_UNKNOWN',
  7: 'KDC_ERR_S_PRINCIPAL_UNKNOWN',
  31: 'KRB_AP_ERR_BAD_INTEGRITY',
  32: 'KRB_AP_ERR_TKT_EXPIRED',
  33: 'KRB_AP_ERR_TKT_NYV',
  34: 'KRB_AP_ERR_REPEAT',
  35: 'KRB_AP_ERR_NOT_US',
  36: 'KRB_AP_ERR_BADMATCH',
  37: 'KRB_AP_ERR_SKEW',
  41: 'KRB_AP_ERR_MODIFIED',
  44: 'KRB_AP_ERR_BADKEYVER',
  52: 'KRB_ERR_RESPONSE_TOO_BIG',
  60: 'KRB_ERR_GENERIC',
};

/**
 * Decodes the Kerberos message at `offset` (the byte after the GSS token id, or the start of a
 * raw message). `truncated` carries over what the caller already knows about the outer wrapper.
 */
export function decodeKerberosMessage(bytes: Uint8Array, offset: number, truncated: boolean): DecodedToken {
  const outer = readTlv(bytes, offset);
  const tag = outer?.tag ?? bytes[offset];
  const base = { byteLength: bytes.length };
  if (!outer) {
    return { ...base, kind: 'unknown', truncated: true, note: phrase('tokenNoteKerberosMessageCut') };
  }
  const cut = truncated || outer.truncated;
  if (tag === KRB_AP_REQ) {
    return { ...base, kind: 'kerberos-ap-req', truncated: cut, kerberos: apReqDetails(bytes, outer) };
  }
  if (tag === KRB_AP_REP) return { ...base, kind: 'kerberos-ap-rep', truncated: cut, kerberos: { message: 'ap-rep' } };
  if (tag === KRB_ERROR) {
    const kerberos = errorDetails(bytes, outer);
    // The error's name (KRB_AP_ERR_SKEW …) stays as the protocol spells it; only the words around it translate.
    const name = kerberos.errorName ?? (kerberos.errorCode === undefined ? phrase('kerberosErrorUnreadable') : phrase('kerberosErrorCode', { code: kerberos.errorCode }));
    return { ...base, kind: 'unknown', truncated: cut, kerberos, note: phrase('tokenNoteKrbError', { name }) };
  }
  return { ...base, kind: 'unknown', truncated: cut, note: phrase('tokenNoteKerberosUnexpectedType') };
}

// RFC 4120 5.5.1 and 5.3: AP-REQ { ..., [3] ticket Ticket }, Ticket ::= [APPLICATION 1] SEQUENCE
// { [1] realm, [2] sname PrincipalName { [1] name-string SEQUENCE OF GeneralString }, [3] enc-part }.
// The realm and sname come before the encrypted part, so a token cut after them still names both.
function apReqDetails(bytes: Uint8Array, outer: Tlv): KerberosDetails {
  const details: KerberosDetails = { message: 'ap-req' };
  const sequence = readTlv(bytes, outer.start, outer.end);
  const ticketField = sequence && childWithTag(bytes, sequence, 0xa3);
  const ticket = ticketField && readTlv(bytes, ticketField.start, ticketField.end);
  const ticketSequence = ticket && ticket.tag === 0x61 ? readTlv(bytes, ticket.start, ticket.end) : null;
  if (!ticketSequence) return details;
  const encPart = explicit(bytes, ticketSequence, 0xa3);
  const etypeField = encPart && childWithTag(bytes, encPart, 0xa0);
  const etype = etypeField && readTlv(bytes, etypeField.start, etypeField.end);
  const etypeNumber = etype ? decodeSmallInt(bytes, etype) : null;
  if (etypeNumber !== null) details.ticketEncryption = ENCTYPES[etypeNumber] ?? `etype ${etypeNumber}`;
  const realmField = childWithTag(bytes, ticketSequence, 0xa1);
  const realm = realmField && readTlv(bytes, realmField.start, realmField.end);
  let cut = false;
  if (realm?.tag === 0x1b) {
    cut = realm.truncated;
    details.realm = `${decodeAscii(bytes, realm)}${cut ? '…' : ''}`;
  }
  const sname = !cut ? explicit(bytes, ticketSequence, 0xa2) : null;
  const nameStrings = sname && explicit(bytes, sname, 0xa1);
  if (nameStrings) {
    const parts: string[] = [];
    let partCut = false;
    for (let offset = nameStrings.start, i = 0; offset < nameStrings.end && i < 8; i++) {
      const part = readTlv(bytes, offset, nameStrings.end);
      if (!part) break;
      if (part.tag === 0x1b) parts.push(decodeAscii(bytes, part));
      partCut ||= part.truncated;
      offset = part.next;
    }
    // Cut inside a part: "HT…"; cut after a whole part, with more declared: "HTTP/…".
    if (!partCut && nameStrings.truncated) parts.push('');
    cut = partCut || nameStrings.truncated;
    if (parts.length > 0) details.service = `${parts.join('/')}${cut ? '…' : ''}`;
  }
  if (cut) details.namesCut = true;
  if (details.service && details.realm) details.spn = `${details.service}@${details.realm}`;
  return details;
}

function errorDetails(bytes: Uint8Array, outer: Tlv): KerberosDetails {
  const details: KerberosDetails = { message: 'krb-error' };
  const sequence = readTlv(bytes, outer.start, outer.end);
  const codeField = sequence && childWithTag(bytes, sequence, 0xa6);
  const code = codeField && readTlv(bytes, codeField.start, codeField.end);
  const value = code ? decodeSmallInt(bytes, code) : null;
  if (value !== null) {
    details.errorCode = value;
    const name = ERRORS[value];
    if (name) details.errorName = name;
  }
  return details;
}

/** The SEQUENCE inside context tag `tag` of `parent` ([n] EXPLICIT SEQUENCE). */
function explicit(bytes: Uint8Array, parent: Tlv, tag: number): Tlv | null {
  const field = childWithTag(bytes, parent, tag);
  const inner = field ? readTlv(bytes, field.start, field.end) : null;
  return inner && inner.tag === 0x30 ? inner : null;
}
