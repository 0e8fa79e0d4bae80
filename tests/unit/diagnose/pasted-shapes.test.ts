import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/diagnose/analyze';
import { decodeToken } from '@/lib/diagnose/token';
import type { Analysis, FindingId } from '@/lib/diagnose/types';
import { englishFinding } from '@/lib/i18n/english-finding-words';
import { curlNtlmTokens, FIXTURES, fixtureToken, readAuthFixture } from './fixtures';

const ids = (analysis: Analysis) => analysis.findings.map((finding) => finding.id);
const english = (analysis: Analysis) => analysis.findings.map((finding) => englishFinding(finding));
const findingOf = (analysis: Analysis, id: FindingId) => english(analysis).find((finding) => finding.id === id);
const apReq = fixtureToken(FIXTURES.spnegoKerberos);
const { type1, type2, type3 } = curlNtlmTokens();

// curl test 67's three-leg NTLM exchange, as lines a tool might prefix.
const ntlmLines: [side: 'C' | 'S', line: string][] = [
  ['C', 'GET /app HTTP/1.1'],
  ['C', `Authorization: NTLM ${type1}`],
  ['S', 'HTTP/1.1 401 Unauthorized'],
  ['S', `WWW-Authenticate: NTLM ${type2}`],
  ['C', 'GET /app HTTP/1.1'],
  ['C', `Authorization: NTLM ${type3}`],
  ['S', 'HTTP/1.1 200 OK'],
];
const prefixed = (prefix: (side: 'C' | 'S', index: number) => string) => ntlmLines.map(([side, line], index) => `${prefix(side, index)}${line}`).join('\n');
const handshake = (analysis: Analysis) => analysis.exchanges.map((exchange) => [exchange.sent[0]?.kind ?? null, exchange.offered[0]?.kind ?? null, exchange.status]);
const NTLM_HANDSHAKE = [
  ['ntlm-negotiate', 'ntlm-challenge', 401],
  ['ntlm-authenticate', null, 200],
];

describe('transcripts whose lines carry prefixes', () => {
  it('reads RFC 4559’s own example: C:/S: lines, a request line without a version, prose between', () => {
    const analysis = analyze(readAuthFixture(FIXTURES.rfc4559Example));
    expect(analysis.format).toBe('transcript');
    expect(analysis.exchanges.map((exchange) => [exchange.method, exchange.url, exchange.status, exchange.sent.length, exchange.offered.length])).toEqual([
      ['GET', 'dir/index.html', 401, 0, 1],
      ['GET', 'dir/index.html', 401, 1, 1],
      ['GET', 'dir/index.html', 200, 1, 1],
    ]);
    expect(ids(analysis)).toContain('server-offers-only-negotiate');
  });

  it.each([
    ['C:/S:', (side: 'C' | 'S') => `${side}: `],
    ['arrows', (side: 'C' | 'S') => (side === 'C' ? '--> ' : '<-- ')],
    ['ISO timestamps and curl’s > and <', (side: 'C' | 'S', index: number) => `2024-05-01T10:00:0${index}.123Z ${side === 'C' ? '>' : '<'} `],
    ['bracketed times and log levels', (_side: 'C' | 'S', index: number) => `[10:00:0${index}] DEBUG: `],
    ['line numbers', (_side: 'C' | 'S', index: number) => `${index + 1} | `],
    ['PowerShell VERBOSE:', () => 'VERBOSE: '],
  ])('pairs the exchange behind %s', (_label, prefix) => {
    expect(handshake(analyze(prefixed(prefix)))).toEqual(NTLM_HANDSHAKE);
  });

  it('makes a message of headers whose prefix says who sent them, even without a start line', () => {
    const text = [`C: Authorization: Negotiate ${apReq}`, 'S: HTTP/1.1 401 Unauthorized', 'S: WWW-Authenticate: Negotiate'].join('\n');
    const analysis = analyze(text);
    expect(analysis.exchanges).toHaveLength(1);
    expect(analysis.exchanges[0]).toMatchObject({ status: 401, loose: false });
    expect(ids(analysis)).toContain('kerberos-refused');
  });

  it('finds headers inside wire logs and dict dumps, with the direction an arrow gives', () => {
    const wire = [
      `2024-05-01 10:00:00,001 DEBUG [main] org.apache.http.wire - http-outgoing-0 >> "GET /app HTTP/1.1[\\r][\\n]"`,
      `2024-05-01 10:00:00,002 DEBUG [main] org.apache.http.wire - http-outgoing-0 >> "Authorization: Negotiate ${apReq}[\\r][\\n]"`,
      '2024-05-01 10:00:00,010 DEBUG [main] org.apache.http.wire - http-outgoing-0 << "HTTP/1.1 401 Unauthorized[\\r][\\n]"',
      '2024-05-01 10:00:00,011 DEBUG [main] org.apache.http.wire - http-outgoing-0 << "WWW-Authenticate: Negotiate[\\r][\\n]"',
    ].join('\n');
    expect(handshake(analyze(wire))).toEqual([['spnego-init', null, 401]]);
    const dict = "{'Server': 'Microsoft-IIS/10.0', 'WWW-Authenticate': 'Negotiate, NTLM', 'Date': 'Wed, 01 May 2024 10:00:00 GMT'}";
    expect(analyze(dict).exchanges[0]?.offered.map((item) => item.scheme)).toEqual(['Negotiate', 'NTLM']);
  });

  it('reads headers from a Network Monitor trace and a cut token in it (Microsoft’s Kerberos troubleshooting article)', () => {
    const analysis = analyze(readAuthFixture(FIXTURES.netmonCutKerberos));
    const token = analysis.tokens[0];
    expect(token).toMatchObject({ kind: 'spnego-init', inner: 'kerberos-ap-req', truncated: true, declaredLength: 2932, byteLength: 174 });
    expect(token?.kerberos).toMatchObject({ realm: 'ODESSY.LOCAL', service: 'HTTP/…', spn: 'HTTP/…@ODESSY.LOCAL' });
  });
});

describe('when nothing can be read', () => {
  it('says what was looked for and shows the nearest line, its token shortened', () => {
    const analysis = analyze(`notes from the call\nAuthorisation - Negotiate ${apReq}\nthanks`);
    const finding = findingOf(analysis, 'nothing-found');
    expect(finding?.inference).toMatch(/Looked for WWW-Authenticate, Authorization.*C: and S:.*IIS W3C log lines\. The nearest was line 2/);
    expect(finding?.evidence).toEqual([`line 2: Authorisation - Negotiate ${apReq.slice(0, 12)}…[${apReq.length} chars]`]);
    expect(finding?.params).toEqual({ nearestLine: 2 });
  });
});

describe('tokens cut, wrapped or quoted', () => {
  it('decodes a token cut at a length of 1 mod 4 and marks it truncated, with what it declares', () => {
    const cut = apReq.slice(0, 401);
    expect(cut.length % 4).toBe(1);
    expect(decodeToken(cut)).toMatchObject({ kind: 'spnego-init', inner: 'kerberos-ap-req', truncated: true, byteLength: 300, declaredLength: 1433 });
    expect(decodeToken(type3.slice(0, 13))).toMatchObject({ kind: 'ntlm-authenticate', truncated: true });
  });

  it('joins a token wrapped at a fixed width, with or without indentation, and reads a quoted one', () => {
    const wrapped = apReq.match(/.{1,76}/g) ?? [];
    for (const text of [`Authorization: Negotiate ${wrapped.join('\n')}`, `Authorization: Negotiate ${wrapped.join('\n    ')}`, `Authorization: "Negotiate ${apReq}"`, `"Authorization": "Negotiate ${apReq}",`]) {
      const [token] = analyze(text).tokens;
      expect(token, text.slice(0, 40)).toMatchObject({ kind: 'spnego-init', truncated: false, base64Length: apReq.length });
    }
    expect(analyze(`"${type2}",`).tokens.map((token) => token.kind)).toEqual(['ntlm-challenge']);
  });

  it('does not join the next bare token to a whole one', () => {
    expect(analyze(`Authorization: NTLM ${type1}\n${type2}`).tokens.map((token) => token.kind)).toEqual(['ntlm-negotiate', 'ntlm-challenge']);
  });
});

describe('the service a Kerberos ticket is for', () => {
  it('is named by default in plain words, with the SPN article, and user names stay hidden', () => {
    const analysis = analyze(`Authorization: Negotiate ${apReq}`);
    const finding = findingOf(analysis, 'kerberos-service-ticket');
    expect(finding?.message).toBe('The client obtained a Kerberos service ticket for host/dc01@DOMAIN.LOCAL.');
    expect(finding?.params).toMatchObject({ spn: 'host/dc01@DOMAIN.LOCAL', realm: 'DOMAIN.LOCAL', service: 'host/dc01', declaredLength: null });
    expect(finding?.article).toMatchObject({ slug: 'kerberos-spn-missing-or-duplicate', text: expect.stringMatching(/SPN/) });
    expect(JSON.stringify(analyze(`Authorization: NTLM ${type3}`))).not.toContain('testuser');
  });

  it('says how much of a cut token arrived', () => {
    const finding = findingOf(analyze(readAuthFixture(FIXTURES.netmonCutKerberos)), 'kerberos-service-ticket');
    expect(finding?.message).toBe('The client obtained a Kerberos service ticket for HTTP/…@ODESSY.LOCAL.');
    expect(finding?.inference).toMatch(/it declares 2932 bytes and 174 arrived, ending inside the name/);
  });
});

describe('IIS W3C log lines', () => {
  it('reads Microsoft’s example by its #Fields line and explains each 401 pair, with the article that fits', () => {
    const analysis = analyze(readAuthFixture(FIXTURES.iisLogKerberosFailure));
    expect(analysis.format).toBe('iis-log');
    const explained = english(analysis).filter((finding) => finding.id === 'iis-401');
    expect(explained.map((finding) => [finding.message, finding.article?.slug])).toEqual([
      ['IIS logged 401.2 with Win32 status 5 (ERROR_ACCESS_DENIED) for 3 requests.', 'windows-auth-fails-in-ie-edge'],
      ['IIS logged 401.1 with Win32 status 2148074245 (0x80090305, SEC_E_SECPKG_NOT_FOUND) for 1 request.', 'kerberos-spn-missing-or-duplicate'],
    ]);
    expect(explained[0]?.inference).toMatch(/^Logon failed due to server configuration.*Access is denied\. IIS logs this for the first, anonymous request/);
    expect(explained[1]?.inference).toMatch(/^Logon failed: .*The requested security package does not exist\.$/);
    expect(explained[1]?.params).toMatchObject({ substatus: 1, win32: 2148074245, win32Hex: '0x80090305', win32Name: 'SEC_E_SECPKG_NOT_FOUND', count: 1 });
    expect(ids(analysis)).not.toContain('nothing-found');
  });

  it('reads lines without #Fields in the default order, and sees the sign-in go on to 200', () => {
    const ua = 'Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/120.0.0.0+Safari/537.36+Edg/120.0.0.0';
    const log = [
      `2024-05-01 10:00:00 10.0.0.5 GET /app/ - 443 - 10.0.0.9 ${ua} - 401 2 5 3`,
      `2024-05-01 10:00:00 10.0.0.5 GET /app/ - 443 - 10.0.0.9 ${ua} - 401 1 2148074254 1`,
      `2024-05-01 10:00:01 10.0.0.5 GET /app/ - 443 CONTOSO\\alice 10.0.0.9 ${ua} - 200 0 0 40`,
    ].join('\n');
    const explained = english(analyze(log)).filter((finding) => finding.id === 'iis-401');
    expect(explained.map((finding) => finding.params?.win32Name)).toEqual(['ERROR_ACCESS_DENIED', 'SEC_E_NO_CREDENTIALS']);
    expect(explained[0]?.inference).toMatch(/a later request for the same page succeeded/);
  });
});
