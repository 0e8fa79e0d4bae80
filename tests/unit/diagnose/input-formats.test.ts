import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/diagnose/analyze';
import { formatPhrase } from '@/lib/diagnose/phrase';
import { englishFindingWords } from '@/lib/i18n/english-finding-words';

/** What an analysis skipped, as the CLI prints it. */
const skippedOf = (analysis: { skipped: readonly Parameters<typeof formatPhrase>[0][] }) => analysis.skipped.map((note) => formatPhrase(note, englishFindingWords()));
import { curlNtlmTokens, FIXTURES, fixtureToken, fixtureTokens, readAuthFixture } from './fixtures';

const kinds = (text: string) => analyze(text).tokens.map((token) => token.kind);

describe('HAR files', () => {
  const analysis = analyze(readAuthFixture(FIXTURES.harTwoBrowsers));

  it('pairs each entry and keeps only the exchanges that take part in authentication', () => {
    expect(analysis.format).toBe('har');
    expect(analysis.exchanges.map((exchange) => [exchange.source, exchange.status, exchange.client])).toEqual([
      ['HAR entry 1', 401, 'Edge'],
      ['HAR entry 2', 401, 'Edge'],
      ['HAR entry 4', 401, 'Chrome'],
      ['HAR entry 5', 401, 'Chrome'],
      ['HAR entry 6', 200, 'Chrome'],
    ]);
  });

  it('reads lower-case HTTP/2 header names and challenges joined by a newline', () => {
    const chrome = analysis.exchanges[2];
    expect(chrome?.offered.map((item) => [item.header, item.scheme])).toEqual([
      ['WWW-Authenticate', 'Negotiate'],
      ['WWW-Authenticate', 'NTLM'],
    ]);
    expect(analysis.exchanges[3]?.sent[0]).toMatchObject({ header: 'Authorization', scheme: 'Negotiate', kind: 'ntlm-negotiate', token: 1 });
  });

  it('lists tokens in input order with their header and scheme, redacted, and URLs without queries', () => {
    expect(analysis.tokens.map((token) => [token.header, token.scheme, token.kind, token.source])).toEqual([
      ['Authorization', 'Negotiate', 'spnego-init', 'HAR entry 2, request'],
      ['Authorization', 'Negotiate', 'ntlm-negotiate', 'HAR entry 5, request'],
      ['WWW-Authenticate', 'Negotiate', 'ntlm-challenge', 'HAR entry 5, response'],
      ['Authorization', 'Negotiate', 'ntlm-authenticate', 'HAR entry 6, request'],
    ]);
    expect(analysis.tokens[0]?.preview).toBe('YIIFlQYGKwYB…[1912 chars]');
    expect(analysis.exchanges[0]?.url).toBe('https://intranet.contoso.com/app/');
    expect(JSON.stringify(analysis)).not.toContain('illustrative0value');
  });

  it('gives full tokens and URLs when redaction is turned off', () => {
    const raw = analyze(readAuthFixture(FIXTURES.harTwoBrowsers), { redact: false });
    expect(raw.tokens[1]?.preview).toBe(fixtureToken(FIXTURES.ntlmType1));
    expect(raw.exchanges[0]?.url).toContain('?session=abc123');
  });

  it('still finds the headers of a HAR file cut short, and says it could not pair them', () => {
    const text = readAuthFixture(FIXTURES.harTwoBrowsers);
    const cut = analyze(text.slice(0, Math.floor(text.length * 0.8)));
    expect(cut.format).toBe('har-fragments');
    expect(cut.tokens.length).toBeGreaterThanOrEqual(3);
    expect(cut.exchanges.every((exchange) => exchange.loose && exchange.status === null)).toBe(true);
    expect(skippedOf(cut).join(' ')).toMatch(/not valid JSON/);
    expect(cut.findings.map((finding) => finding.id)).toContain('no-status-codes');
  });
});

describe('raw HTTP transcripts', () => {
  it('pairs a transcript laid out as all requests, then all responses (curl test 67)', () => {
    const analysis = analyze(readAuthFixture(FIXTURES.curlNtlm3Leg));
    expect(analysis.format).toBe('transcript');
    expect(analysis.exchanges.map((exchange) => [exchange.sent[0]?.kind, exchange.offered[0]?.kind ?? null, exchange.status])).toEqual([
      ['ntlm-negotiate', 'ntlm-challenge', 401],
      ['ntlm-authenticate', null, 200],
    ]);
    // Input order: both requests come before the response that carries the challenge.
    expect(analysis.tokens.map((token) => token.kind)).toEqual(['ntlm-negotiate', 'ntlm-authenticate', 'ntlm-challenge']);
  });

  it('pairs an interleaved transcript and ignores Markdown fences and a missing last response', () => {
    const analysis = analyze(readAuthFixture(FIXTURES.winrmNtlmInNegotiate));
    expect(analysis.exchanges.map((exchange) => [exchange.method, exchange.status, exchange.client])).toEqual([
      ['POST', 401, 'WinRM'],
      ['POST', null, 'WinRM'],
    ]);
    expect(kinds(readAuthFixture(FIXTURES.winrmNtlmInNegotiate))).toEqual(['ntlm-negotiate', 'ntlm-challenge', 'ntlm-authenticate']);
  });

  it('does not take body text for tokens', () => {
    const { type1 } = curlNtlmTokens();
    const text = `GET / HTTP/1.1\nAuthorization: NTLM ${type1}\n\nHTTP/1.1 200 OK\nContent-Length: 8\n\nContentsAreNotATokenAtAll\n`;
    expect(kinds(text)).toEqual(['ntlm-negotiate']);
  });
});

describe('curl -v and other prefixed output', () => {
  it('reads > and < lines, skips * lines, and tolerates indentation (swiftkrbauth guide)', () => {
    const analysis = analyze(readAuthFixture(FIXTURES.curlVerboseKerberos));
    expect(analysis.format).toBe('transcript');
    expect(analysis.exchanges.map((exchange) => [exchange.url, exchange.status, exchange.client])).toEqual([
      ['/cgi-bin/swift-auth', 401, 'curl'],
      ['/cgi-bin/swift-auth', 200, 'curl'],
    ]);
    expect(analysis.exchanges[0]?.offered.map((item) => item.scheme)).toEqual(['Negotiate', 'Basic']);
    expect(analysis.tokens.map((token) => [token.header, token.kind, token.source])).toEqual([
      ['Authorization', 'kerberos-ap-req', 'line 49'],
      ['WWW-Authenticate', 'kerberos-ap-rep', 'line 57'],
    ]);
  });

  it('reads Python http.client debug output (send:, reply:, header:)', () => {
    const apReq = fixtureToken(FIXTURES.rawKerberosApReq);
    const apRep = fixtureToken(FIXTURES.spnegoRespAprep);
    const text = [
      `send: b'GET /app HTTP/1.1\\r\\nHost: intranet\\r\\nAuthorization: Negotiate ${apReq}\\r\\n\\r\\n'`,
      "reply: 'HTTP/1.1 200 OK\\r\\n'",
      `header: WWW-Authenticate: Negotiate ${apRep}`,
      'header: Content-Length: 0',
    ].join('\n');
    const analysis = analyze(text);
    expect(analysis.exchanges).toHaveLength(1);
    expect(analysis.exchanges[0]).toMatchObject({ method: 'GET', status: 200 });
    expect(analysis.tokens.map((token) => token.kind)).toEqual(['kerberos-ap-req', 'spnego-response']);
  });
});

describe('loose header lines and bare tokens', () => {
  it('reads header lines without a message around them, grouping neighbours', () => {
    const token = fixtureToken(FIXTURES.spnegoKerberos);
    const analysis = analyze(`WWW-Authenticate: Negotiate\nwww-authenticate: NTLM\nAuthorization: Negotiate ${token}\n`);
    expect(analysis.format).toBe('headers');
    expect(analysis.exchanges.map((exchange) => [exchange.loose, exchange.offered.length, exchange.sent.length])).toEqual([
      [true, 2, 0],
      [true, 0, 1],
    ]);
    expect(analysis.tokens[0]).toMatchObject({ header: 'Authorization', scheme: 'Negotiate', kind: 'spnego-init', exchange: 1 });
  });

  it('reads Proxy- headers and a token wrapped onto the next line', () => {
    const { type2 } = curlNtlmTokens();
    const analysis = analyze(`Proxy-Authenticate: NTLM\n${type2}\n`);
    expect(analysis.tokens[0]).toMatchObject({ header: 'Proxy-Authenticate', scheme: 'NTLM', kind: 'ntlm-challenge' });
  });

  it('reads bare tokens one per line, with header and scheme null', () => {
    const analysis = analyze(fixtureTokens(FIXTURES.gokrb5ServerResponses).join('\n'));
    expect(analysis.format).toBe('tokens');
    expect(analysis.tokens.map((token) => [token.header, token.scheme, token.exchange, token.negState])).toEqual([
      [null, null, null, 'accept-completed'],
      [null, null, null, 'reject'],
      [null, null, null, 'accept-incomplete'],
    ]);
  });

  it('reads a fixture file with its comment header as bare tokens', () => {
    expect(kinds(readAuthFixture(FIXTURES.spnegoNtlmType1Smbj))).toEqual(['spnego-init']);
  });

  it('says when there is nothing to read', () => {
    for (const text of ['', '   \n\n', 'hello world', '{"not": "a har"}']) {
      const analysis = analyze(text);
      expect(analysis.tokens).toEqual([]);
      expect(analysis.findings.map((finding) => finding.id)).toEqual(['nothing-found']);
    }
  });
});
