import { readFileSync } from 'node:fs';
import { formatProblem, parseWizardYaml } from '@/lib/wizard/parse';
import type { WizardTree } from '@/lib/wizard/schema';

const AUTH_DIR = new URL('../../fixtures/auth/', import.meta.url);

/** A fixture from tests/fixtures/auth, as text. */
export function readAuthFixture(name: string): string {
  return readFileSync(new URL(name, AUTH_DIR), 'utf8');
}

/** The base64 tokens of a `.b64.txt` fixture: every line that is not a `#` comment. */
export function fixtureTokens(name: string): string[] {
  return readAuthFixture(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The one token of a single-token fixture. */
export function fixtureToken(name: string): string {
  const [token] = fixtureTokens(name);
  if (token === undefined) throw new Error(`${name} holds no token`);
  return token;
}

/** The published troubleshooter, parsed as the site parses it. */
export function publishedTree(): WizardTree {
  const file = 'content/wizards/windows-auth-login.yaml';
  const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
  const result = parseWizardYaml(text, file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.tree;
}

/** Fixture file names, by what they hold (see each file's header for its source). */
export const FIXTURES = {
  spnegoKerberos: '01_spnego_negtokeninit_kerberos_apreq.b64.txt',
  spnegoRespAprep: '03_spnego_negtokenresp_accept_completed_krb_aprep.b64.txt',
  ntlmType1: '06_ntlm_type1_negotiate_windows.b64.txt',
  ntlmType2: '07_ntlm_type2_challenge_windows_dc01.b64.txt',
  ntlmType3: '08_ntlm_type3_authenticate_windows.b64.txt',
  curlNtlm3Leg: '13_curl_test67_ntlm_3leg_exchange.http',
  curlNegotiateAndNtlm: '14_curl_test694_server_offers_negotiate_and_ntlm.http',
  spnegoNtlmType1Smbj: '21_smbj_spnego_negtokeninit_wrapping_ntlm_type1.b64.txt',
  rawKerberosApReq: '30_gokrb5_raw_kerberos_apreq.b64.txt',
  negTokenInit2: '31_responder3_negtokeninit2_windows_server.b64.txt',
  spnegoNtlmType1: '32_responder3_spnego_init_ntlm_type1.b64.txt',
  spnegoRespNtlmType2: '33_responder3_negtokenresp_ntlm_challenge.b64.txt',
  spnegoRespNtlmType3: '34_responder3_negtokenresp_ntlm_authenticate.b64.txt',
  spnegoAcceptShort: '35_responder3_negtokenresp_accept_completed_short.b64.txt',
  spnegoRespMsKerberosAprep: '36_responder3_negtokenresp_ms_kerberos_aprep.b64.txt',
  gokrb5ServerResponses: '37_gokrb5_negtokenresp_server_constants.b64.txt',
  krbError: '38_gokrb5_raw_krb_error_mit_vector.b64.txt',
  curlVerboseKerberos: '40_swiftkrbauth_curl_v_kerberos_raw_apreq_aprep.txt',
  winrmNtlmInNegotiate: '41_owinec_winrm_ntlm_inside_negotiate.http',
  harTwoBrowsers: '50_har_edge_kerberos_refused_chrome_ntlm_ok.har',
  rfc4559Example: '60_rfc4559_negotiate_example_c_s_prefixes.txt',
  netmonCutKerberos: '61_msdocs_netmon_cut_spnego_kerberos_apreq.txt',
  iisLogKerberosFailure: '62_msdocs_iis_log_kerberos_failure_401.log',
} as const;

/** Real curl test 67 tokens (type 1, type 2, type 3), read from the transcript fixture. */
export function curlNtlmTokens(): { type1: string; type2: string; type3: string } {
  const text = readAuthFixture(FIXTURES.curlNtlm3Leg);
  const find = (prefix: string) => {
    const match = new RegExp(`(${prefix}[A-Za-z0-9+/=]+)`).exec(text);
    if (!match?.[1]) throw new Error(`no ${prefix} token in ${FIXTURES.curlNtlm3Leg}`);
    return match[1];
  };
  return { type1: find('TlRMTVNTUAAB'), type2: find('TlRMTVNTUAAC'), type3: find('TlRMTVNTUAAD') };
}

/** User-Agent headers of the four browsers the troubleshooter tells apart. */
export const UA = {
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  ie: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
};
// Transcripts assembled from real tokens (pyspnego, curl test 67); statuses and user agents are ours.
/** A real SPNEGO token wrapping a Kerberos AP-REQ. */
export const KERBEROS = fixtureToken(FIXTURES.spnegoKerberos);
const CHALLENGE = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Negotiate\nWWW-Authenticate: NTLM\n';

/** A request from `agent` with extra header lines. */
export const get = (agent: string, ...headers: string[]) => ['GET /app/ HTTP/1.1', `User-Agent: ${agent}`, ...headers, ''].join('\n');

/** `agent` sends a Kerberos ticket and is challenged again (Negotiate and NTLM on offer). */
export const kerberosRefusedBy = (agent: string) => [get(agent), CHALLENGE, get(agent, `Authorization: Negotiate ${KERBEROS}`), CHALLENGE].join('\n');

/** `agent` is challenged and never answers. */
export const silentBy = (agent: string) => [get(agent), CHALLENGE].join('\n');

/** `agent` signs in with NTLM in three legs, ending with `last` (200 OK unless told). */
export function ntlmBy(agent: string, last = 'HTTP/1.1 200 OK\n') {
  const { type1, type2, type3 } = curlNtlmTokens();
  return [
    get(agent, `Authorization: NTLM ${type1}`),
    `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: NTLM ${type2}\n`,
    get(agent, `Authorization: NTLM ${type3}`),
    last,
  ].join('\n');
}
