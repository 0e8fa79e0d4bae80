// Hand-written so the module needs neither Buffer (absent in browsers) nor atob (which rejects
// base64url and missing padding, both of which people paste).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;
VALUES['-'.charCodeAt(0)] = 62;
VALUES['_'.charCodeAt(0)] = 63;

/** Characters a base64 or base64url token may contain, padding included. */
export const BASE64_TOKEN = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Decodes standard or URL-safe base64, with or without padding; whitespace is ignored.
 * Returns null for anything that is not base64 rather than throwing.
 */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (compact.length === 0 || compact.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((compact.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < compact.length; i++) {
    const code = compact.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >> bits) & 0xff;
    }
  }
  return written === out.length ? out : out.subarray(0, written);
}

/** True when the bytes start with `prefix` (ASCII). */
export function startsWithAscii(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** A token's base64 as decoded from what was pasted, and whether the text itself shows a cut. */
export interface PastedToken {
  bytes: Uint8Array;
  /** The text ended where no whole base64 encoding can (one character past a 4-character group). */
  cut: boolean;
}

// Quotes and the punctuation a JSON or log line leaves around a value ("…",  '…',  …;).
const WRAPPING = /^["'`]+|["'`,;)\]]+$/g;

/**
 * Decodes a token as people paste it: quoted, wrapped across lines, or cut at any character. A
 * final character that cannot complete a byte (a length of 1 mod 4) is dropped and reported as a
 * cut, so the bytes before it are still read. Null when what is left is not base64.
 */
export function decodePastedToken(text: string): PastedToken | null {
  const compact = text.replace(/\s+/g, '').replace(WRAPPING, '').replace(/=+$/, '');
  const dangling = compact.length % 4 === 1;
  const bytes = decodeBase64(dangling ? compact.slice(0, -1) : compact);
  return bytes ? { bytes, cut: dangling } : null;
}
