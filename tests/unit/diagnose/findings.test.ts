import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/diagnose/analyze';
import type { FindingId } from '@/lib/diagnose/types';
import { englishFinding, type EnglishFinding } from '@/lib/i18n/english-finding-words';
import { curlNtlmTokens, FIXTURES, fixtureToken, fixtureTokens, readAuthFixture } from './fixtures';

// Transcripts assembled from real tokens (see each fixture's source); only statuses and paths are ours.
const request = (...headers: string[]) => ['GET /app/ HTTP/1.1', 'Host: intranet.contoso.com', ...headers, ''].join('\n');
const response = (status: string, ...headers: string[]) => [`HTTP/1.1 ${status}`, ...headers, 'Content-Length: 0', ''].join('\n');
const transcript = (...messages: string[]) => messages.join('\n');
const CHALLENGE = response('401 Unauthorized', 'WWW-Authenticate: Negotiate', 'WWW-Authenticate: NTLM');
const EDGE_UA = 'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';

function findings(text: string): EnglishFinding[] {
  return analyze(text).findings.map((finding) => englishFinding(finding));
}

function find(text: string, id: FindingId): EnglishFinding {
  const finding = findings(text).find((candidate) => candidate.id === id);
  if (!finding) throw new Error(`no ${id} in ${findings(text).map((candidate) => candidate.id).join(', ')}`);
  return finding;
}

const kerberosRefused = transcript(
  request(EDGE_UA),
  CHALLENGE,
  request(EDGE_UA, `Authorization: Negotiate ${fixtureToken(FIXTURES.spnegoKerberos)}`),
  CHALLENGE,
);

describe('what the server offers', () => {
  it('Negotiate and NTLM, from two headers or one comma-joined header', () => {
    expect(find(kerberosRefused, 'server-offers-negotiate-and-ntlm').message).toBe('The server offers Negotiate and NTLM.');
    expect(find('WWW-Authenticate: Negotiate, NTLM', 'server-offers-negotiate-and-ntlm').evidence).toHaveLength(2);
  });

  it('only NTLM', () => {
    expect(find('WWW-Authenticate: NTLM', 'server-offers-only-ntlm').message).toMatch(/offers NTLM but not Negotiate/);
  });

  it('only Negotiate, with Basic beside it (mod_auth_kerb in the swiftkrbauth guide)', () => {
    const finding = find(readAuthFixture(FIXTURES.curlVerboseKerberos), 'server-offers-only-negotiate');
    expect(finding.message).toBe('The server offers Negotiate but not NTLM (and also Basic).');
    expect(finding.inference).toMatch(/no Windows sign-in method/);
  });

  it('no Windows method at all, and a proxy is called a proxy', () => {
    expect(find('WWW-Authenticate: Basic realm="intranet"', 'server-offers-no-windows-auth').message).toMatch(/neither Negotiate nor NTLM \(only Basic\)/);
    const proxy = transcript(request(), response('407 Proxy Authentication Required', 'Proxy-Authenticate: Negotiate', 'Proxy-Authenticate: NTLM'));
    expect(find(proxy, 'server-offers-negotiate-and-ntlm').message).toBe('The proxy offers Negotiate and NTLM.');
  });
});

describe('how the client answered and how it ended', () => {
  it('Kerberos refused: the sentence the issue asks for, with evidence and what is inferred', () => {
    const finding = find(kerberosRefused, 'kerberos-refused');
    expect(finding.message).toBe(
      'The server offers Negotiate and NTLM; the browser (Edge) answered Negotiate with a Kerberos ticket and got 401 again.',
    );
    expect(finding.evidence[0]).toMatch(/exchange 2 \(GET \/app\/ → 401, lines \d+ and \d+\): Authorization: Negotiate <SPNEGO NegTokenInit, carrying Kerberos AP-REQ/);
    expect(finding.inference).toMatch(/can't show why, or whether the computer can reach a domain controller now/);
    expect(finding).toMatchObject({ exchanges: [1], tokens: [0] });
  });

  it('Kerberos accepted, with the server proving itself (curl -v from the swiftkrbauth guide)', () => {
    expect(find(readAuthFixture(FIXTURES.curlVerboseKerberos), 'kerberos-accepted').message).toBe(
      'curl signed in with Kerberos (200), and the server proved its own identity with a Kerberos AP-REP (mutual authentication).',
    );
  });

  it('NTLM inside a Negotiate header, raw (WinRM) or wrapped in SPNEGO', () => {
    expect(find(readAuthFixture(FIXTURES.winrmNtlmInNegotiate), 'ntlm-inside-negotiate').message).toBe(
      'WinRM answered Negotiate with NTLM, not Kerberos (a raw NTLM message under the Negotiate name).',
    );
    const wrapped = transcript(
      request(`Authorization: Negotiate ${fixtureToken(FIXTURES.spnegoNtlmType1)}`),
      response('401 Unauthorized', `WWW-Authenticate: Negotiate ${fixtureToken(FIXTURES.spnegoRespNtlmType2)}`),
      request(`Authorization: Negotiate ${fixtureToken(FIXTURES.spnegoRespNtlmType3)}`),
      response('200 OK', `WWW-Authenticate: Negotiate ${fixtureToken(FIXTURES.spnegoAcceptShort)}`),
    );
    expect(find(wrapped, 'ntlm-inside-negotiate').message).toMatch(/an NTLM message wrapped in SPNEGO/);
    expect(find(wrapped, 'ntlm-accepted').message).toBe('The NTLM handshake completed (200).');
  });

  it('NTLM handshake completed (curl test 694), and nothing is suggested', () => {
    const analysis = analyze(readAuthFixture(FIXTURES.curlNegotiateAndNtlm));
    expect(analysis.findings.map((finding) => finding.id)).toEqual(['server-offers-negotiate-and-ntlm', 'ntlm-accepted']);
    expect(analysis.suggestedOutcome).toBeNull();
  });

  it('NTLM refused after the third message', () => {
    const { type1, type2, type3 } = curlNtlmTokens();
    const text = transcript(
      request(`Authorization: NTLM ${type1}`),
      response('401 Unauthorized', `WWW-Authenticate: NTLM ${type2}`),
      request(`Authorization: NTLM ${type3}`),
      response('401 Unauthorized', 'WWW-Authenticate: NTLM'),
    );
    const finding = find(text, 'ntlm-refused');
    expect(finding.message).toBe('The server refused the NTLM sign-in: the last NTLM message got 401 again.');
    expect(finding.inference).toMatch(/sc-substatus/);
  });

  it('NTLM opened but never challenged, as a Kerberos-only server answers', () => {
    const text = transcript(request(`Authorization: Negotiate ${fixtureToken(FIXTURES.ntlmType1)}`), response('401 Unauthorized', 'WWW-Authenticate: Negotiate'));
    expect(find(text, 'ntlm-no-challenge').inference).toMatch(/Negotiate:Kerberos/);
  });

  it('SPNEGO reject from the server (gokrb5)', () => {
    const reject = fixtureTokens(FIXTURES.gokrb5ServerResponses)[1];
    const text = transcript(
      request(`Authorization: Negotiate ${fixtureToken(FIXTURES.spnegoKerberos)}`),
      response('401 Unauthorized', `WWW-Authenticate: Negotiate ${reject}`),
    );
    const ids = findings(text).map((finding) => finding.id);
    expect(ids).toEqual(expect.arrayContaining(['kerberos-refused', 'spnego-rejected']));
    expect(find(text, 'kerberos-refused').evidence.join('\n')).toMatch(/negState reject/);
  });

  it("a Kerberos error in the server's answer", () => {
    const text = transcript(
      request(`Authorization: Negotiate ${fixtureToken(FIXTURES.spnegoKerberos)}`),
      response('401 Unauthorized', `WWW-Authenticate: Negotiate ${fixtureToken(FIXTURES.krbError)}`),
    );
    const finding = find(text, 'kerberos-error');
    expect(finding.message).toBe('A Kerberos error came back: KRB_ERR_GENERIC.');
    expect(finding.tokens).toEqual([1]);
  });

  it('HTTP 400 after a Kerberos token', () => {
    const text = transcript(request(`Authorization: Negotiate ${fixtureToken(FIXTURES.spnegoKerberos)}`), response('400 Bad Request'));
    expect(find(text, 'request-too-large').message).toBe('The request carrying a 1433-byte Kerberos token got HTTP 400.');
  });

  it('no credentials sent after the challenge', () => {
    const finding = find(transcript(request(EDGE_UA), CHALLENGE), 'no-credentials-sent');
    expect(finding.message).toBe('The server asked for Windows sign-in, but the browser (Edge) never answered with credentials.');
  });

  it('a capture that ends before the last answer', () => {
    expect(find(readAuthFixture(FIXTURES.winrmNtlmInNegotiate), 'handshake-unfinished').message).toBe(
      'The capture ends before the server answered the last NTLM message.',
    );
  });

  it('a token cut short', () => {
    const cut = fixtureToken(FIXTURES.ntlmType3).slice(0, 200);
    const finding = find(`Authorization: NTLM ${cut}`, 'truncated-token');
    expect(finding.message).toBe('One token is cut short: what could be read is shown.');
    expect(finding.tokens).toEqual([0]);
  });

  it('headers without status lines cannot say how it ended', () => {
    expect(find(`Authorization: Negotiate ${fixtureToken(FIXTURES.spnegoKerberos)}`, 'no-status-codes')).toBeDefined();
    expect(findings(`Authorization: Negotiate ${fixtureToken(FIXTURES.spnegoKerberos)}`).map((finding) => finding.id)).not.toContain('kerberos-refused');
  });
});

describe('names', () => {
  it('of users and computers never appear in findings or tokens unless asked for', () => {
    const text = readAuthFixture(FIXTURES.harTwoBrowsers);
    expect(JSON.stringify(analyze(text))).not.toMatch(/vagrant-domain|DC01|JBOREAN/);
    const named = JSON.stringify(analyze(text, { includeNames: true }));
    expect(named).toContain('vagrant-domain@DOMAIN.LOCAL');
  });

  it('of the service a Kerberos ticket is for (realm and SPN) appear by default', () => {
    const shown = JSON.stringify(analyze(readAuthFixture(FIXTURES.harTwoBrowsers)));
    expect(shown).toContain('host/dc01@DOMAIN.LOCAL');
  });
});
