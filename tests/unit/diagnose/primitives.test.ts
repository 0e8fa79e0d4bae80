import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '@/lib/diagnose/base64';
import { childrenOf, decodeOid, readTlv } from '@/lib/diagnose/der';
import { splitChallenges } from '@/lib/diagnose/headers';
import { redactHeaderValue, redactText, redactToken, redactUrl } from '@/lib/diagnose/redact';
import { FIXTURES, fixtureToken, readAuthFixture } from './fixtures';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeBase64', () => {
  it('decodes with or without padding, and base64url', () => {
    expect(decodeBase64('TlRMTVNTUAA=')).toEqual(bytes(0x4e, 0x54, 0x4c, 0x4d, 0x53, 0x53, 0x50, 0x00));
    expect(decodeBase64('TlRMTVNTUAA')).toEqual(decodeBase64('TlRMTVNTUAA='));
    expect(decodeBase64('-_8')).toEqual(decodeBase64('+/8='));
    expect(decodeBase64(' TlRM\nTVNT ')).toEqual(decodeBase64('TlRMTVNT'));
  });

  it('returns null for what is not base64, including an impossible length', () => {
    for (const text of ['', '====', 'abc!', 'A', 'ABCDE', 'héllo']) expect(decodeBase64(text)).toBeNull();
  });
});

describe('DER reader', () => {
  it('reads short and long length forms', () => {
    expect(readTlv(bytes(0x04, 0x02, 0xaa, 0xbb), 0)).toEqual({ tag: 0x04, start: 2, end: 4, next: 4, truncated: false });
    const long = new Uint8Array(3 + 200).fill(0);
    long.set([0x04, 0x81, 200]);
    expect(readTlv(long, 0)).toMatchObject({ start: 3, end: 203, truncated: false });
    const two = new Uint8Array(4 + 300);
    two.set([0x30, 0x82, 0x01, 0x2c]);
    expect(readTlv(two, 0)).toMatchObject({ start: 4, end: 304, truncated: false });
  });

  it('clamps a length that runs past the data and marks it truncated', () => {
    expect(readTlv(bytes(0x30, 0x82, 0x05, 0x00, 0x01), 0)).toMatchObject({ start: 4, end: 5, truncated: true });
    expect(readTlv(bytes(0x30, 0x84, 0x01), 0)).toMatchObject({ truncated: true });
    expect(readTlv(bytes(0x30), 0)).toMatchObject({ truncated: true });
  });

  it('refuses indefinite lengths, over-long length fields and reads outside the data', () => {
    expect(readTlv(bytes(0x30, 0x80, 0x00, 0x00), 0)).toBeNull();
    expect(readTlv(bytes(0x30, 0x85, 1, 1, 1, 1, 1), 0)).toBeNull();
    expect(readTlv(bytes(0x30, 0x00), 2)).toBeNull();
    expect(readTlv(bytes(0x30, 0x00), -1)).toBeNull();
  });

  it('lists children inside their parent only', () => {
    const data = bytes(0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x07, 0x02, 0x01, 0x09);
    const parent = readTlv(data, 0);
    expect(parent && childrenOf(data, parent).map((child) => data[child.start])).toEqual([5, 7]);
  });

  it('decodes object identifiers, and rejects malformed ones', () => {
    const spnego = bytes(0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x02);
    const tlv = readTlv(spnego, 0);
    expect(tlv && decodeOid(spnego, tlv)).toBe('1.3.6.1.5.5.2');
    const dangling = bytes(0x06, 0x02, 0x2a, 0x86);
    const bad = readTlv(dangling, 0);
    expect(bad && decodeOid(dangling, bad)).toBeNull();
  });
});

describe('splitChallenges', () => {
  it('splits comma-joined schemes and keeps tokens whole', () => {
    expect(splitChallenges('Negotiate, NTLM')).toEqual([
      { scheme: 'Negotiate', token: null, params: null },
      { scheme: 'NTLM', token: null, params: null },
    ]);
    const token = fixtureToken(FIXTURES.spnegoKerberos);
    expect(splitChallenges(`Negotiate ${token}, NTLM`)).toEqual([
      { scheme: 'Negotiate', token, params: null },
      { scheme: 'NTLM', token: null, params: null },
    ]);
  });

  it('keeps commas inside quoted strings and attaches auth-params to their scheme', () => {
    expect(splitChallenges('Basic realm="a,b", Negotiate')).toEqual([
      { scheme: 'Basic', token: null, params: 'realm="a,b"' },
      { scheme: 'Negotiate', token: null, params: null },
    ]);
    expect(splitChallenges('Digest realm="x", nonce="y\\"z", NTLM')).toEqual([
      { scheme: 'Digest', token: null, params: 'realm="x", nonce="y\\"z"' },
      { scheme: 'NTLM', token: null, params: null },
    ]);
  });

  it('keeps a token shortened with an ellipsis as a token', () => {
    expect(splitChallenges('Negotiate YIIFlQYGKwYB…Vlbvb4PVl8VTXJw=')).toEqual([
      { scheme: 'Negotiate', token: 'YIIFlQYGKwYB…Vlbvb4PVl8VTXJw=', params: null },
    ]);
  });

  it('splits values joined by newlines, spells schemes canonically, and ignores junk', () => {
    expect(splitChallenges('negotiate\nntlm').map((challenge) => challenge.scheme)).toEqual(['Negotiate', 'NTLM']);
    expect(splitChallenges(' , ,"unterminated')).toEqual([]);
  });
});

describe('redaction', () => {
  it('shortens tokens to their telling prefix and length', () => {
    expect(redactToken(fixtureToken(FIXTURES.ntlmType1))).toBe('TlRMTVNTUAAB…[56 chars]');
    expect(redactToken('short')).toBe('short');
  });

  it('keeps schemes, hides Basic credentials and cookie values', () => {
    expect(redactHeaderValue('Authorization', 'Basic dXNlcjpwYXNzd29yZA==')).toBe('Basic [redacted]');
    expect(redactHeaderValue('WWW-Authenticate', 'Negotiate, NTLM')).toBe('Negotiate, NTLM');
    expect(redactHeaderValue('Cookie', 'a=1; b=2')).toBe('a=[redacted]; b=[redacted]');
    expect(redactHeaderValue('Set-Cookie', 'sid=xyz; path=/; HttpOnly')).toBe('sid=[redacted]; path=/; HttpOnly');
    expect(redactHeaderValue('X-Auth-Token', 'AUTH_tk0123')).toBe('[redacted]');
    expect(redactHeaderValue('Content-Type', 'text/html')).toBe('text/html');
  });

  it('drops query strings and credentials from URLs', () => {
    expect(redactUrl('https://user:pw@intranet/app/?session=1#x')).toBe('https://intranet/app/');
  });

  it('redacts a curl -v transcript line by line, and a HAR header by header', () => {
    const transcript = redactText(readAuthFixture(FIXTURES.curlVerboseKerberos));
    expect(transcript).toContain('> Authorization: Negotiate YIICWAYJKoZI…[808 chars]');
    expect(transcript).toContain('< X-Auth-Token: [redacted]');
    expect(transcript).not.toContain('AUTH_tkb5a20eb8207a819e76619431c8410447');
    const har = redactText(readAuthFixture(FIXTURES.harTwoBrowsers));
    expect(har).not.toContain(fixtureToken(FIXTURES.ntlmType3));
    expect(har).not.toContain('illustrative0value');
    expect(har).not.toContain('session=abc123');
    expect(JSON.parse(har)).toHaveProperty('log.entries');
  });

  it('shortens tokens on prefixed and log lines too', () => {
    const token = fixtureToken(FIXTURES.spnegoKerberos);
    const text = redactText(`2024-05-01T10:00:00Z C: Authorization: Negotiate ${token}\nhttp-outgoing-0 >> "Authorization: Negotiate ${token}[\\r][\\n]"`);
    expect(text).not.toContain(token.slice(12, 40));
    expect(text).toContain('C: Authorization: Negotiate YIIFlQYGKwYB…[1912 chars]');
  });
});
