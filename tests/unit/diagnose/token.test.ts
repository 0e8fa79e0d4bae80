import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatPhrase } from '@/lib/diagnose/phrase';
import { decodeToken } from '@/lib/diagnose/token';
import { englishFindingWords } from '@/lib/i18n/english-finding-words';
import { findingWordsOf } from '@/lib/i18n/finding-words';
import { de } from '@/lib/i18n/messages/de';
import { curlNtlmTokens, FIXTURES, fixtureToken, fixtureTokens } from './fixtures';

const germanWords = () => {
  const t = createTranslator({ locale: 'de', messages: de, namespace: 'DiagnoseFindings' });
  return findingWordsOf('de', (key, values) => t(key, values as never));
};

describe('NTLM messages', () => {
  it('reads a Windows type 1 (negotiate) with its flags and OS version, and no names', () => {
    const token = decodeToken(fixtureToken(FIXTURES.ntlmType1));
    expect(token).toMatchObject({ kind: 'ntlm-negotiate', truncated: false, byteLength: 40 });
    expect(token.ntlm).toMatchObject({ messageType: 1, osVersion: '10.0.17763' });
    expect(token.ntlm?.flags).toEqual(expect.arrayContaining(['UNICODE', 'NTLM', 'EXTENDED_SESSIONSECURITY', 'VERSION']));
    expect(token.ntlm?.names).toBeUndefined();
  });

  it('shows the target names of a type 2 (challenge) only when names are asked for', () => {
    const base64 = fixtureToken(FIXTURES.ntlmType2);
    expect(decodeToken(base64)).toMatchObject({ kind: 'ntlm-challenge', truncated: false });
    expect(JSON.stringify(decodeToken(base64))).not.toContain('DC01');
    expect(decodeToken(base64, { includeNames: true }).ntlm?.names).toEqual({
      target: 'DOMAIN',
      netbiosDomain: 'DOMAIN',
      netbiosComputer: 'DC01',
      dnsDomain: 'domain.local',
      dnsComputer: 'DC01.domain.local',
    });
  });

  it('reads the user and workstation of a type 3 (authenticate), UTF-16 by its flags', () => {
    const token = decodeToken(fixtureToken(FIXTURES.ntlmType3), { includeNames: true });
    expect(token).toMatchObject({ kind: 'ntlm-authenticate', truncated: false });
    expect(token.ntlm).toMatchObject({ messageType: 3, response: 'ntlmv2' });
    expect(token.ntlm?.names).toEqual({ user: 'vagrant-domain@DOMAIN.LOCAL', workstation: 'JBOREAN-LINUX' });
  });

  it('reads OEM names when the UNICODE flag is off (curl test 67), and NTLMv1 by response length', () => {
    const { type2, type3 } = curlNtlmTokens();
    expect(decodeToken(type2, { includeNames: true }).ntlm?.names).toMatchObject({ target: 'CC', netbiosComputer: 'ELISABETH' });
    const authenticate = decodeToken(type3, { includeNames: true });
    expect(authenticate.ntlm).toMatchObject({ response: 'ntlmv1', names: { user: 'testuser', workstation: 'WORKSTATION' } });
  });

  it('calls an anonymous type 3 anonymous (Windows WinRM client)', () => {
    const text = fixtureTokens(FIXTURES.winrmNtlmInNegotiate);
    const type3 = /Negotiate (TlRMTVNTUAAD\S+)/.exec(text.join('\n'))?.[1] ?? '';
    expect(decodeToken(type3).ntlm?.response).toBe('anonymous');
  });
});

describe('SPNEGO NegTokenInit', () => {
  it('lists the mechanisms and names the Kerberos AP-REQ inside (pyspnego)', () => {
    const token = decodeToken(fixtureToken(FIXTURES.spnegoKerberos));
    expect(token).toMatchObject({ kind: 'spnego-init', truncated: false, inner: 'kerberos-ap-req', mechTypes: ['Kerberos', 'NTLMSSP'] });
    expect(token.kerberos).toEqual({
      message: 'ap-req',
      ticketEncryption: 'aes256-cts-hmac-sha1-96',
      realm: 'DOMAIN.LOCAL',
      service: 'host/dc01',
      spn: 'host/dc01@DOMAIN.LOCAL',
    });
  });

  it('names an NTLM type 1 wrapped in SPNEGO (smbj and Responder3 captures)', () => {
    for (const name of [FIXTURES.spnegoNtlmType1Smbj, FIXTURES.spnegoNtlmType1]) {
      expect(decodeToken(fixtureToken(name))).toMatchObject({ kind: 'spnego-init', inner: 'ntlm-negotiate', mechTypes: ['NTLMSSP'] });
    }
  });

  it('recognises a server NegTokenInit2 by its hint, legacy Microsoft Kerberos OID first', () => {
    const token = decodeToken(fixtureToken(FIXTURES.negTokenInit2));
    expect(token).toMatchObject({
      kind: 'spnego-init',
      inner: null,
      mechTypes: ['MS-Kerberos', 'Kerberos', 'NTLMSSP'],
      negHints: true,
      hintName: 'not_defined_in_RFC4178@please_ignore',
    });
  });
});

describe('SPNEGO NegTokenResp', () => {
  it('reads negState, supportedMech and the AP-REP of a final Kerberos leg', () => {
    expect(decodeToken(fixtureToken(FIXTURES.spnegoRespAprep))).toMatchObject({
      kind: 'spnego-response',
      negState: 'accept-completed',
      mechTypes: ['Kerberos'],
      inner: 'kerberos-ap-rep',
    });
    expect(decodeToken(fixtureToken(FIXTURES.spnegoRespMsKerberosAprep))).toMatchObject({
      negState: 'accept-completed',
      mechTypes: ['MS-Kerberos'],
      inner: 'kerberos-ap-rep',
    });
  });

  it('reads the three responses gokrb5 servers send: completed, reject, incomplete', () => {
    const states = fixtureTokens(FIXTURES.gokrb5ServerResponses).map((base64) => decodeToken(base64).negState);
    expect(states).toEqual(['accept-completed', 'reject', 'accept-incomplete']);
  });

  it('reads NTLM challenge and authenticate messages carried in NegTokenResp', () => {
    expect(decodeToken(fixtureToken(FIXTURES.spnegoRespNtlmType2))).toMatchObject({
      negState: 'accept-incomplete',
      mechTypes: ['NTLMSSP'],
      inner: 'ntlm-challenge',
    });
    const authenticate = decodeToken(fixtureToken(FIXTURES.spnegoRespNtlmType3), { includeNames: true });
    expect(authenticate).toMatchObject({ negState: null, inner: 'ntlm-authenticate' });
    expect(authenticate.ntlm?.names).toMatchObject({ user: 'Administrator', domain: 'PANELPC02' });
  });

  it('reads a short accept-completed with neither mechanism nor token', () => {
    expect(decodeToken(fixtureToken(FIXTURES.spnegoAcceptShort))).toMatchObject({
      kind: 'spnego-response',
      negState: 'accept-completed',
      mechTypes: [],
      inner: null,
    });
  });
});

describe('raw Kerberos', () => {
  it('reads an AP-REQ in the GSS wrapper without SPNEGO (gokrb5)', () => {
    const token = decodeToken(fixtureToken(FIXTURES.rawKerberosApReq));
    expect(token).toMatchObject({ kind: 'kerberos-ap-req', truncated: false });
    expect(token.kerberos).toEqual({
      message: 'ap-req',
      ticketEncryption: 'aes256-cts-hmac-sha1-96',
      realm: 'TEST.GOKRB5',
      service: 'HTTP/host.test.gokrb5',
      spn: 'HTTP/host.test.gokrb5@TEST.GOKRB5',
    });
    expect(token.inner).toBeUndefined();
    expect(token.mechTypes).toBeUndefined();
  });
});

describe('Kerberos errors', () => {
  it('reads a KRB-ERROR code and name, as an unknown kind since issue 5 has none for it (MIT test vector)', () => {
    expect(decodeToken(fixtureToken(FIXTURES.krbError))).toMatchObject({
      kind: 'unknown',
      truncated: false,
      kerberos: { message: 'krb-error', errorCode: 60, errorName: 'KRB_ERR_GENERIC' },
    });
  });

  it('notes the error by its protocol name, in the words of the language it is shown in', () => {
    const note = decodeToken(fixtureToken(FIXTURES.krbError)).note;
    expect(note && formatPhrase(note, englishFindingWords())).toBe('Kerberos KRB-ERROR (KRB_ERR_GENERIC)');
    expect(note && formatPhrase(note, germanWords())).toBe('Kerberos KRB-ERROR (KRB_ERR_GENERIC)');
  });
});

describe('anything else', () => {
  it.each([
    ['not base64 at all', '!!!not base64!!!'],
    ['base64 of plain text', 'SGVsbG8sIHdvcmxkIQ=='],
    ['an empty token', ''],
  ])('calls %s unknown', (_label, base64) => {
    expect(decodeToken(base64)).toMatchObject({ kind: 'unknown', truncated: false });
  });

  it('decodes base64url and tokens without padding the same as standard base64', () => {
    const standard = fixtureToken(FIXTURES.ntlmType2);
    const url = standard.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(decodeToken(url)).toEqual(decodeToken(standard));
  });

  it('reads the start of a token shortened with an ellipsis, as articles print them', () => {
    const full = fixtureToken(FIXTURES.spnegoKerberos);
    const shortened = `${full.slice(0, 48)}…${full.slice(-16)}`;
    expect(decodeToken(shortened)).toMatchObject({ kind: 'spnego-init', truncated: true, mechTypes: ['Kerberos'] });
    expect(decodeToken('…')).toMatchObject({ kind: 'unknown', truncated: true });
  });

  it('marks a token cut short and still says what it is', () => {
    const full = fixtureToken(FIXTURES.spnegoKerberos);
    const cut = decodeToken(full.slice(0, 400));
    expect(cut).toMatchObject({ kind: 'spnego-init', truncated: true, mechTypes: ['Kerberos', 'NTLMSSP'], inner: 'kerberos-ap-req' });
    expect(decodeToken(fixtureToken(FIXTURES.ntlmType2).slice(0, 60))).toMatchObject({ kind: 'ntlm-challenge', truncated: true });
  });
});
