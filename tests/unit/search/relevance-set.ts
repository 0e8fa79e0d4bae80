/**
 * What a support user types, and what must come first: the relevance set. The unit test holds the
 * shipped content to it; `npm run bench` runs it again with 1,000 and 10,000 generated articles
 * beside the shipped ones and prints the score, so generated pages may not push the real ones down.
 *
 * `first` is an article or troubleshooter path; with `#anchor`, the first result must be that very
 * section, procedure or step (where it matters: a setting's name should open the step that sets it).
 */
import type { SearchHit } from '@/lib/search/query';

export interface RelevanceCase {
  query: string;
  first: string;
  /** What kind of query it is, for reading the set. */
  why: 'symptom' | 'error text' | 'setting' | 'command' | 'typo' | 'product';
}

export const RELEVANCE_SET: readonly RelevanceCase[] = [
  // Symptoms in the reader's words.
  { query: 'firefox keeps asking for my password', first: '/articles/firefox-integrated-authentication', why: 'symptom' },
  { query: 'user in too many groups cannot open the site', first: '/articles/kerberos-token-too-large-http-400', why: 'symptom' },
  { query: 'computer clock wrong sign in fails', first: '/articles/kerberos-clock-skew', why: 'symptom' },
  { query: 'password prompt on internal website', first: '/articles/password-prompt-zone-settings', why: 'symptom' },
  { query: 'works in chrome but not in edge', first: '/articles/chromium-edge-chrome-auth-policies', why: 'symptom' },
  { query: 'edge uses ntlm instead of kerberos', first: '/articles/chromium-edge-chrome-auth-policies', why: 'symptom' },
  { query: 'kerberos sign-in fails over vpn', first: '/articles/windows-auth-fails-in-ie-edge', why: 'symptom' },
  { query: 'back-end server rejects call on behalf of the user', first: '/articles/kerberos-double-hop-delegation', why: 'symptom' },
  { query: 'kerberos works with server name but not the alias', first: '/articles/kerberos-spn-missing-or-duplicate', why: 'symptom' },
  { query: 'trusted sites asks for password', first: '/articles/password-prompt-zone-settings', why: 'symptom' },
  { query: "can't sign in to website windows account", first: '/wizard/windows-auth-login', why: 'symptom' },
  // Error texts, as pasted.
  { query: 'HTTP 400 header too long', first: '/articles/kerberos-token-too-large-http-400', why: 'error text' },
  { query: 'KRB_AP_ERR_MODIFIED', first: '/articles/kerberos-spn-missing-or-duplicate', why: 'error text' },
  { query: '401 Unauthorized in Internet Explorer', first: '/articles/windows-auth-fails-in-ie-edge', why: 'error text' },
  { query: 'ImpersonationLevel Impersonate instead of Delegate', first: '/articles/kerberos-double-hop-delegation', why: 'error text' },
  // Products named with a symptom or a code.
  { query: '401 edge', first: '/articles/windows-auth-fails-in-ie-edge', why: 'product' },
  { query: 'firefox 401', first: '/articles/firefox-integrated-authentication', why: 'product' },
  { query: 'chrome prompts for credentials', first: '/articles/chromium-edge-chrome-auth-policies', why: 'product' },
  // Settings, registry values and policies: the step that sets them.
  { query: 'EnableNegotiate', first: '/articles/windows-auth-fails-in-ie-edge#set-enablenegotiate-0', why: 'setting' },
  { query: 'AuthNegotiateDelegateAllowlist', first: '/articles/kerberos-double-hop-delegation#edge-set-delegate-allowlist', why: 'setting' },
  { query: 'DisableAuthNegotiateCnameLookup', first: '/articles/chromium-edge-chrome-auth-policies#cname-set-value', why: 'setting' },
  { query: 'useAppPoolCredentials', first: '/articles/kerberos-spn-missing-or-duplicate#set-use-app-pool-credentials', why: 'setting' },
  { query: 'MaxFieldLength', first: '/articles/kerberos-token-too-large-http-400', why: 'setting' },
  { query: 'network.negotiate-auth.trusted-uris', first: '/articles/firefox-integrated-authentication', why: 'setting' },
  { query: 'Maximum tolerance for computer clock synchronization', first: '/articles/kerberos-clock-skew', why: 'setting' },
  { query: 'remove negotiate provider iis', first: '/articles/windows-auth-fails-in-ie-edge', why: 'setting' },
  { query: 'move ntlm above negotiate in iis manager', first: '/articles/windows-auth-fails-in-ie-edge#put-ntlm-first', why: 'setting' },
  { query: 'local intranet zone automatic logon', first: '/articles/password-prompt-zone-settings', why: 'setting' },
  // Commands.
  { query: 'setspn duplicate', first: '/articles/kerberos-spn-missing-or-duplicate', why: 'command' },
  { query: 'w32tm resync', first: '/articles/kerberos-clock-skew', why: 'command' },
  // Typos and unfinished words.
  { query: 'kerberso clock skew', first: '/articles/kerberos-clock-skew', why: 'typo' },
  { query: 'EnableNegotaite', first: '/articles/windows-auth-fails-in-ie-edge#set-enablenegotiate-0', why: 'typo' },
  { query: 'kerebros double hop', first: '/articles/kerberos-double-hop-delegation', why: 'typo' },
  { query: 'firefx password', first: '/articles/firefox-integrated-authentication', why: 'typo' },
  { query: 'delegaton edge', first: '/articles/kerberos-double-hop-delegation', why: 'typo' },
];

/** Whether `hit` is what the case wants first: the page, or with an anchor exactly that place. */
export function isExpected(hit: SearchHit | undefined, expected: string): boolean {
  if (!hit) return false;
  return expected.includes('#') ? hit.href === expected : hit.href.split('#')[0] === expected;
}

/** Share of cases whose expected result is first, and the mean reciprocal rank of it (0 when not among `ranked`). */
export function relevanceScore(rankedFor: (query: string) => readonly SearchHit[], cases: readonly RelevanceCase[] = RELEVANCE_SET) {
  let first = 0;
  let reciprocal = 0;
  const missed: { query: string; rank: number }[] = [];
  for (const { query, first: expected } of cases) {
    const hits = rankedFor(query);
    const rank = hits.findIndex((hit) => isExpected(hit, expected)) + 1;
    if (rank === 1) first += 1;
    else missed.push({ query, rank });
    if (rank > 0) reciprocal += 1 / rank;
  }
  return { cases: cases.length, firstShare: first / cases.length, mrr: reciprocal / cases.length, missed };
}
