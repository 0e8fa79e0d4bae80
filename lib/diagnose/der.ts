/**
 * A minimal DER reader for the few structures we decode (GSS-API, SPNEGO, Kerberos). Every read is
 * bounds-checked against a limit; a value that claims more bytes than are there is clamped and
 * marked truncated, so callers can still report what was readable.
 */

/** One tag-length-value: content is bytes[start, end); `next` is where the following TLV starts. */
export interface Tlv {
  tag: number;
  start: number;
  end: number;
  next: number;
  truncated: boolean;
}

/** Reads the TLV at `offset`; null when there is no room for one or its header is not DER. */
export function readTlv(bytes: Uint8Array, offset: number, limit: number = bytes.length): Tlv | null {
  const end = Math.min(limit, bytes.length);
  if (offset < 0 || offset >= end) return null;
  const tag = bytes[offset] ?? 0;
  if ((tag & 0x1f) === 0x1f) return null; // multi-byte tags never occur in these structures
  if (offset + 1 >= end) return { tag, start: end, end, next: end, truncated: true };
  const first = bytes[offset + 1] ?? 0;
  let length = first;
  let start = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // 0x80 is BER's indefinite length, which DER forbids; more than 4 length bytes is absurd here.
    if (count === 0 || count > 4) return null;
    if (start + count > end) return { tag, start: end, end, next: end, truncated: true };
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  const declaredEnd = start + length;
  const truncated = declaredEnd > end;
  const contentEnd = truncated ? end : declaredEnd;
  return { tag, start, end: contentEnd, next: contentEnd, truncated };
}

/**
 * How many bytes the TLV at `offset` says it spans, header included, whether or not they are all
 * there; null when its header is unreadable.
 */
export function declaredLength(bytes: Uint8Array, offset = 0): number | null {
  if (offset + 2 > bytes.length || !readTlv(bytes, offset)) return null;
  const first = bytes[offset + 1] ?? 0;
  const count = first & 0x80 ? first & 0x7f : 0;
  if (offset + 2 + count > bytes.length) return null;
  let length = first & 0x80 ? 0 : first;
  for (let i = 0; i < count; i++) length = length * 256 + (bytes[offset + 2 + i] ?? 0);
  return 2 + count + length;
}

/** The TLVs directly inside `parent`, in order; stops at the first unreadable one. */
export function childrenOf(bytes: Uint8Array, parent: Tlv, max = 64): Tlv[] {
  const children: Tlv[] = [];
  let offset = parent.start;
  while (offset < parent.end && children.length < max) {
    const child = readTlv(bytes, offset, parent.end);
    if (!child) break;
    children.push(child);
    if (child.next <= offset) break;
    offset = child.next;
  }
  return children;
}

/** The first child with `tag`, if any. */
export function childWithTag(bytes: Uint8Array, parent: Tlv, tag: number): Tlv | undefined {
  return childrenOf(bytes, parent).find((child) => child.tag === tag);
}

/** Dotted form of an OBJECT IDENTIFIER's content, or null when it is malformed. */
export function decodeOid(bytes: Uint8Array, tlv: Tlv): string | null {
  if (tlv.tag !== 0x06 || tlv.truncated || tlv.end - tlv.start < 1 || tlv.end - tlv.start > 64) return null;
  const parts: number[] = [];
  let value = 0;
  for (let i = tlv.start; i < tlv.end; i++) {
    const byte = bytes[i] ?? 0;
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 256) return null;
    if ((byte & 0x80) === 0) {
      if (parts.length === 0) {
        const head = Math.min(2, Math.floor(value / 40));
        parts.push(head, value - head * 40);
      } else parts.push(value);
      value = 0;
    }
  }
  if ((bytes[tlv.end - 1] ?? 0) & 0x80) return null;
  return parts.join('.');
}

/** A small non-negative INTEGER or ENUMERATED value, or null. */
export function decodeSmallInt(bytes: Uint8Array, tlv: Tlv): number | null {
  if ((tlv.tag !== 0x02 && tlv.tag !== 0x0a) || tlv.truncated) return null;
  const length = tlv.end - tlv.start;
  if (length < 1 || length > 4) return null;
  let value = 0;
  for (let i = tlv.start; i < tlv.end; i++) value = value * 256 + (bytes[i] ?? 0);
  // Negative values (high bit set) do not occur in the fields we read; report them as unreadable.
  return (bytes[tlv.start] ?? 0) & 0x80 ? null : value;
}

/** An ASCII string (GeneralString, as Kerberos uses), capped in length. */
export function decodeAscii(bytes: Uint8Array, tlv: Tlv, max = 256): string {
  let text = '';
  for (let i = tlv.start; i < Math.min(tlv.end, tlv.start + max); i++) {
    const byte = bytes[i] ?? 0;
    text += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '?';
  }
  return text;
}
