import { childrenOf, decodeAscii, decodeOid, decodeSmallInt, readTlv, type Tlv } from './der';
import { phrase } from './phrase';
import type { DecodedToken, NegState } from './types';

/** Mechanism OIDs by their usual names (RFC 4178, MS-SPNG; pyspnego uses the same list). */
export const MECHANISMS: Record<string, string> = {
  '1.2.840.113554.1.2.2': 'Kerberos',
  '1.2.840.48018.1.2.2': 'MS-Kerberos',
  '1.2.840.113554.1.2.2.3': 'Kerberos-U2U',
  '1.3.6.1.4.1.311.2.2.10': 'NTLMSSP',
  '1.3.6.1.4.1.311.2.2.30': 'NEGOEX',
};
export const SPNEGO_OID = '1.3.6.1.5.5.2';
const NEG_STATES: NegState[] = ['accept-completed', 'accept-incomplete', 'reject', 'request-mic'];
// MS-SPNG 2.2.1: the hint Windows servers put in NegTokenInit2 and clients must ignore.
const IGNORED_HINT = 'not_defined_in_RFC4178@please_ignore';

/** Decodes the token wrapped inside a SPNEGO message (the caller bounds the nesting depth). */
export type InnerDecoder = (bytes: Uint8Array) => DecodedToken;

/** A mechanism OID's name, or the dotted OID itself. */
export function mechanismName(oid: string): string {
  return MECHANISMS[oid] ?? oid;
}

/** NegTokenInit ([0], 0xa0) whose TLV starts at `offset`; `truncated` carries the wrapper's state. */
export function decodeNegTokenInit(
  bytes: Uint8Array,
  offset: number,
  decodeInner: InnerDecoder,
  includeNames: boolean,
  truncated: boolean,
): DecodedToken {
  const token: DecodedToken = { kind: 'spnego-init', truncated, byteLength: bytes.length, inner: null, mechTypes: [] };
  for (const { field, value } of sequenceFields(bytes, offset, token)) {
    if (field.tag === 0xa0 && value.tag === 0x30) token.mechTypes = mechList(bytes, value, token);
    else if (field.tag === 0xa2 && value.tag === 0x04) wrapInner(bytes, value, decodeInner, token);
    else if (field.tag === 0xa3 && value.tag === 0x30) readHints(bytes, value, includeNames, token);
  }
  return token;
}

/** NegTokenResp ([1], 0xa1) whose TLV starts at `offset`. */
export function decodeNegTokenResp(
  bytes: Uint8Array,
  offset: number,
  decodeInner: InnerDecoder,
  truncated: boolean,
): DecodedToken {
  const token: DecodedToken = {
    kind: 'spnego-response',
    truncated,
    byteLength: bytes.length,
    inner: null,
    mechTypes: [],
    negState: null,
  };
  for (const { field, value } of sequenceFields(bytes, offset, token)) {
    if (field.tag === 0xa0) {
      const state = decodeSmallInt(bytes, value);
      token.negState = state === null ? null : (NEG_STATES[state] ?? null);
    } else if (field.tag === 0xa1 && value.tag === 0x06) {
      const oid = decodeOid(bytes, value);
      if (oid) token.mechTypes = [mechanismName(oid)];
    } else if (field.tag === 0xa2 && value.tag === 0x04) wrapInner(bytes, value, decodeInner, token);
  }
  return token;
}

/**
 * The context-tagged fields of a NegTokenInit/NegTokenResp (`[n] value`), each with its value read;
 * anything cut short marks the token truncated on the way.
 */
function* sequenceFields(bytes: Uint8Array, offset: number, token: DecodedToken): Generator<{ field: Tlv; value: Tlv }> {
  const sequence = sequenceIn(bytes, offset, token);
  if (!sequence) return;
  for (const field of childrenOf(bytes, sequence)) {
    token.truncated ||= field.truncated;
    const value = readTlv(bytes, field.start, field.end);
    if (!value) continue;
    token.truncated ||= value.truncated;
    yield { field, value };
  }
}

function sequenceIn(bytes: Uint8Array, offset: number, token: DecodedToken): Tlv | null {
  const choice = readTlv(bytes, offset);
  if (!choice) {
    token.truncated = true;
    return null;
  }
  token.truncated ||= choice.truncated;
  const sequence = readTlv(bytes, choice.start, choice.end);
  if (!sequence || sequence.tag !== 0x30) {
    token.truncated ||= !sequence;
    return null;
  }
  token.truncated ||= sequence.truncated;
  return sequence;
}

function mechList(bytes: Uint8Array, list: Tlv, token: DecodedToken): string[] {
  const names: string[] = [];
  for (const item of childrenOf(bytes, list, 32)) {
    token.truncated ||= item.truncated;
    const oid = decodeOid(bytes, item);
    if (oid) names.push(mechanismName(oid));
  }
  return names;
}

function wrapInner(bytes: Uint8Array, octets: Tlv, decodeInner: InnerDecoder, token: DecodedToken): void {
  if (octets.end <= octets.start) return;
  const inner = decodeInner(bytes.subarray(octets.start, octets.end));
  token.inner = inner.kind;
  token.truncated ||= inner.truncated;
  if (inner.ntlm) token.ntlm = inner.ntlm;
  if (inner.kerberos) token.kerberos = inner.kerberos;
  if (inner.note) token.note = phrase('tokenNoteInner', { note: inner.note });
}

function readHints(bytes: Uint8Array, hints: Tlv, includeNames: boolean, token: DecodedToken): void {
  token.negHints = true;
  const nameField = childrenOf(bytes, hints).find((field) => field.tag === 0xa0);
  const name = nameField && readTlv(bytes, nameField.start, nameField.end);
  if (!name || name.tag !== 0x1b) return;
  const hint = decodeAscii(bytes, name);
  // The fixed MS-SPNG hint names nothing; any other hint may name a real server.
  if (hint === IGNORED_HINT || includeNames) token.hintName = hint;
}
