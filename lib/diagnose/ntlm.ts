import { phrase } from './phrase';
import type { DecodedToken, NtlmDetails, NtlmNames, TokenKind } from './types';

// MS-NLMP 2.2.2.5. Only flags that help someone reading a capture are named.
const FLAG_NAMES: [number, string][] = [
  [0x00000001, 'UNICODE'],
  [0x00000002, 'OEM'],
  [0x00000004, 'REQUEST_TARGET'],
  [0x00000010, 'SIGN'],
  [0x00000020, 'SEAL'],
  [0x00000080, 'LM_KEY'],
  [0x00000200, 'NTLM'],
  [0x00000800, 'ANONYMOUS'],
  [0x00001000, 'OEM_DOMAIN_SUPPLIED'],
  [0x00002000, 'OEM_WORKSTATION_SUPPLIED'],
  [0x00008000, 'ALWAYS_SIGN'],
  [0x00010000, 'TARGET_TYPE_DOMAIN'],
  [0x00020000, 'TARGET_TYPE_SERVER'],
  [0x00080000, 'EXTENDED_SESSIONSECURITY'],
  [0x00800000, 'TARGET_INFO'],
  [0x02000000, 'VERSION'],
  [0x20000000, '128'],
  [0x40000000, 'KEY_EXCH'],
  [0x80000000, '56'],
];
const UNICODE = 0x1;
const VERSION = 0x02000000;
const MAX_NAME_BYTES = 512;

const KIND_BY_TYPE: Record<1 | 2 | 3, TokenKind> = {
  1: 'ntlm-negotiate',
  2: 'ntlm-challenge',
  3: 'ntlm-authenticate',
};

/** Field reads that note, rather than throw on, anything past the end of the message. */
class NtlmReader {
  truncated = false;
  /** The furthest byte any field points at: how long the message says it is. */
  extent = 0;
  constructor(readonly bytes: Uint8Array) {}

  u16(offset: number): number {
    if (offset + 2 > this.bytes.length) return this.short();
    return (this.bytes[offset] ?? 0) | ((this.bytes[offset + 1] ?? 0) << 8);
  }

  u32(offset: number): number {
    if (offset + 4 > this.bytes.length) return this.short();
    return (this.u16(offset) + this.u16(offset + 2) * 0x10000) >>> 0;
  }

  /** The payload a (length, maxLength, offset) field points at, or null when it is empty or missing. */
  field(at: number): Uint8Array | null {
    if (at + 8 > this.bytes.length) {
      this.short();
      return null;
    }
    const length = this.u16(at);
    const offset = this.u32(at + 4);
    if (length === 0) return null;
    this.extent = Math.max(this.extent, offset + length);
    if (offset + length > this.bytes.length) {
      this.short();
      return null;
    }
    return this.bytes.subarray(offset, offset + length);
  }

  fieldLength(at: number): number {
    return at + 2 <= this.bytes.length ? this.u16(at) : this.short();
  }

  private short(): number {
    this.truncated = true;
    return 0;
  }
}

/** Decodes an NTLMSSP message (the caller has checked the signature). Never throws. */
export function decodeNtlm(bytes: Uint8Array, includeNames: boolean): DecodedToken {
  const reader = new NtlmReader(bytes);
  // A message cut inside its 4-byte type still names it by the first byte (1, 2 or 3, the rest 0).
  const type = bytes.length >= 12 ? reader.u32(8) : bytes.length >= 9 && (bytes[9] ?? 0) === 0 && (bytes[10] ?? 0) === 0 ? (bytes[8] ?? 0) : 0;
  if (bytes.length < 12) reader.truncated = true;
  if (type !== 1 && type !== 2 && type !== 3) {
    const truncated = bytes.length < 12;
    const note = truncated ? phrase('tokenNoteNtlmCutBeforeType') : phrase('tokenNoteNtlmUnknownType', { type });
    return { kind: 'unknown', truncated, byteLength: bytes.length, note };
  }
  const names: NtlmNames = {};
  let flags: number;
  let versionAt: number;
  let response: NtlmDetails['response'];
  if (type === 1) {
    flags = reader.u32(12);
    if (bytes.length < 32) reader.truncated = true;
    names.domain = oem(reader.field(16));
    names.workstation = oem(reader.field(24));
    versionAt = 32;
  } else if (type === 2) {
    flags = reader.u32(20);
    if (bytes.length < 32) reader.truncated = true;
    names.target = text(reader.field(12), flags);
    // Old servers (curl's IIS 5 sample) send target info without setting its flag.
    if (flags & 0x00800000 || bytes.length >= 48) Object.assign(names, targetInfo(reader.field(40)));
    versionAt = 48;
  } else {
    flags = reader.u32(60);
    const lmLength = reader.fieldLength(12);
    const ntLength = reader.fieldLength(20);
    names.domain = text(reader.field(28), flags);
    names.user = text(reader.field(36), flags);
    names.workstation = text(reader.field(44), flags);
    // Read only for their bounds: a response or session key past the end means the message was cut.
    for (const at of [12, 20, 52]) reader.field(at);
    response = ntLength > 24 ? 'ntlmv2' : ntLength === 0 && lmLength <= 1 ? 'anonymous' : 'ntlmv1';
    versionAt = 64;
  }
  // With the VERSION flag the 8-byte version field must be there, even if it is all zeros.
  if (flags & VERSION && bytes.length < versionAt + 8) reader.truncated = true;
  const osVersion = flags & VERSION ? readVersion(reader, versionAt) : null;
  const ntlm: NtlmDetails = { messageType: type, flags: flagNames(flags), osVersion };
  if (response) ntlm.response = response;
  if (includeNames) ntlm.names = withoutEmpty(names);
  const token: DecodedToken = { kind: KIND_BY_TYPE[type], truncated: reader.truncated, byteLength: bytes.length, ntlm };
  if (reader.truncated && reader.extent > bytes.length) token.declaredLength = reader.extent;
  return token;
}

function readVersion(reader: NtlmReader, at: number): string | null {
  const { bytes } = reader;
  // A payload may start where the version would be; only trust it when it looks like one.
  if (at + 8 > bytes.length) return null;
  const major = bytes[at] ?? 0;
  const minor = bytes[at + 1] ?? 0;
  const build = reader.u16(at + 2);
  if (major < 5 || major > 15 || (bytes[at + 7] ?? 0) !== 0x0f) return null;
  return `${major}.${minor}.${build}`;
}

function flagNames(flags: number): string[] {
  return FLAG_NAMES.filter(([bit]) => (flags & bit) >>> 0 === bit).map(([, name]) => name);
}

// MS-NLMP 2.2.2.1 AV_PAIR ids that hold names; all are UTF-16LE whatever the flags say.
const AV_NAMES: Record<number, keyof NtlmNames> = {
  1: 'netbiosComputer',
  2: 'netbiosDomain',
  3: 'dnsComputer',
  4: 'dnsDomain',
};

function targetInfo(info: Uint8Array | null): NtlmNames {
  const names: NtlmNames = {};
  if (!info) return names;
  let offset = 0;
  for (let pairs = 0; pairs < 64 && offset + 4 <= info.length; pairs++) {
    const id = (info[offset] ?? 0) | ((info[offset + 1] ?? 0) << 8);
    const length = (info[offset + 2] ?? 0) | ((info[offset + 3] ?? 0) << 8);
    if (id === 0 || offset + 4 + length > info.length) break;
    const key = AV_NAMES[id];
    if (key) names[key] = utf16le(info.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  return names;
}

function text(value: Uint8Array | null, flags: number): string | undefined {
  return flags & UNICODE ? utf16le(value) : oem(value);
}

function utf16le(value: Uint8Array | null): string | undefined {
  if (!value) return undefined;
  let out = '';
  const end = Math.min(value.length, MAX_NAME_BYTES) & ~1;
  for (let i = 0; i < end; i += 2) out += String.fromCharCode((value[i] ?? 0) | ((value[i + 1] ?? 0) << 8));
  return out;
}

// The OEM code page is the sender's and unknown to us; Latin-1 shows ASCII names correctly.
function oem(value: Uint8Array | null): string | undefined {
  if (!value) return undefined;
  let out = '';
  for (let i = 0; i < Math.min(value.length, MAX_NAME_BYTES); i++) out += String.fromCharCode(value[i] ?? 0);
  return out;
}

function withoutEmpty(names: NtlmNames): NtlmNames {
  const out: NtlmNames = {};
  for (const [key, value] of Object.entries(names) as [keyof NtlmNames, string | undefined][]) {
    if (value) out[key] = value;
  }
  return out;
}
