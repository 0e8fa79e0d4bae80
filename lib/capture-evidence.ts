/**
 * What a capture of a Windows sign-in (pasted headers, a HAR file) can show, as the ids a
 * troubleshooter's options and outcomes declare under `evidence:`. lib/diagnose decides which of
 * them hold; the tree says which answer or outcome each one means, so a step can be renamed without
 * touching the diagnose code. Pure and dependency-free: the tree schema and lib/diagnose read it.
 *
 * The order is the order of precedence, most specific first: when the evidence of two options of one
 * question holds (a 400 and a refused ticket in one capture), or of two outcomes, the one whose
 * evidence comes first here wins.
 */
export const EVIDENCE_IDS = [
  'request-too-large',
  'krb-ap-err-skew',
  'krb-ap-err-modified',
  'ntlm-refused',
  'kerberos-refused',
  'ie-kerberos-refused',
  'chromium-kerberos-refused',
  'firefox-sent-no-credentials',
  'chromium-sent-no-credentials',
  'no-credentials-sent',
  'edge-fails',
  'chrome-fails',
  'ie-fails',
  'firefox-fails',
  'every-browser-fails',
  'edge-signs-in',
  'chrome-signs-in',
] as const;

/** One thing a capture can show; see EVIDENCE_MEANINGS. */
export type EvidenceId = (typeof EVIDENCE_IDS)[number];

// "Fails" below means: the browser was refused, or never answered the challenge, and never signed in.
const ONE_ENGINE = 'every browser that fails shares its engine (Internet Explorer; Edge and Chrome; Firefox), and another browser signs in';

/** What each evidence id means, for the editor schema and the content check's messages. */
export const EVIDENCE_MEANINGS: Record<EvidenceId, string> = {
  'request-too-large': 'the server answered 400 Bad Request to a request that carried a token',
  'krb-ap-err-skew': 'the server returned Kerberos error KRB_AP_ERR_SKEW: the clocks differ too much',
  'krb-ap-err-modified': 'the server returned Kerberos error KRB_AP_ERR_MODIFIED: it could not decrypt the ticket (SPN)',
  'ntlm-refused': 'the server refused NTLM credentials',
  'kerberos-refused': 'the server refused a Kerberos ticket',
  'ie-kerberos-refused': 'Internet Explorer was refused with Kerberos, never signed in, and the server offers NTLM too',
  'chromium-kerberos-refused': 'Edge or Chrome was refused with Kerberos, never signed in, and the server offers NTLM too',
  'firefox-sent-no-credentials': 'Firefox never answered the challenge with credentials',
  'chromium-sent-no-credentials': 'Edge or Chrome never answered the challenge with credentials',
  'no-credentials-sent': 'a client never answered the challenge with credentials',
  'edge-fails': `Edge fails; ${ONE_ENGINE}`,
  'chrome-fails': `Chrome fails; ${ONE_ENGINE}`,
  'ie-fails': `Internet Explorer (or IE mode) fails; ${ONE_ENGINE}`,
  'firefox-fails': `Firefox fails; ${ONE_ENGINE}`,
  'every-browser-fails': 'two or more browsers fail and none signs in',
  'edge-signs-in': 'Edge signs in',
  'chrome-signs-in': 'Chrome signs in',
};

/** Where an id stands in the order of precedence: lower wins. */
export function evidenceRank(id: EvidenceId): number {
  return EVIDENCE_IDS.indexOf(id);
}
