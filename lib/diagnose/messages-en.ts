import type { FindingId, FindingParams } from './types';

/** A finding written as an id and parameters, before it is put into words. */
export interface FindingDraft {
  id: FindingId;
  params: FindingParams;
}

/** The English words of a finding: its statement and what it suggests. */
export interface RenderedFinding {
  message: string;
  inference: string | null;
}

type Renderer = (params: FindingParams) => RenderedFinding;

// "HTTP status codes in IIS", section "401 - Access denied" (MicrosoftDocs/SupportArticles-docs,
// support/developer/webapps/iis/health-diagnostic-performance/http-status-code.md), in its words.
const SUBSTATUS_401: Record<number, string> = {
  1: 'Logon failed: the logon attempt is unsuccessful, probably because of a user name or a password that is invalid',
  2: 'Logon failed due to server configuration: a problem in the authentication configuration settings on the server',
  3: 'Unauthorized due to ACL on resource: a problem in the NTFS file system permissions',
  4: 'Authorization failed by filter: an ISAPI filter does not let the request be processed',
  5: 'Authorization failed by ISAPI/CGI application',
  501: 'Access denied: concurrent request rate limit reached (Dynamic IP Restriction)',
  502: 'Access denied: maximum request rate limit reached (Dynamic IP Restriction)',
  503: 'Access denied: IP address denied (IP Restriction)',
  504: 'Access denied: host name denied (IP Restriction)',
};

// [MS-ERREF] Windows Error Codes, sections 2.1 (HRESULT) and 2.2 (Win32), in its words.
const WIN32_TEXT: Record<number, string> = {
  0: 'The operation completed successfully.',
  2: 'The system cannot find the file specified.',
  5: 'Access is denied.',
  1326: 'The user name or password is incorrect.',
  1327: 'Account restrictions are preventing this user from signing in.',
  1330: 'The password for this account has expired.',
  1331: 'This user can’t sign in because this account is currently disabled.',
  1909: 'The referenced account is currently locked out and cannot be logged on to.',
  0x80090302: 'The function requested is not supported.',
  0x80090303: 'The specified target is unknown or unreachable.',
  0x80090304: 'The Local Security Authority (LSA) cannot be contacted.',
  0x80090305: 'The requested security package does not exist.',
  0x80090308: 'The token supplied to the function is invalid.',
  0x8009030c: 'The logon attempt failed.',
  0x8009030d: 'The credentials supplied to the package were not recognized.',
  0x8009030e: 'No credentials are available in the security package.',
  0x8009030f: 'The message or signature supplied for verification has been altered.',
  0x80090311: 'No authority could be contacted for authentication.',
  0x80090322: 'The target principal name is incorrect.',
  0x80090324: 'The clocks on the client and server machines are skewed.',
  0x80090346: "Client's supplied Security Support Provider Interface (SSPI) channel bindings were incorrect.",
};

const LOOKED_FOR =
  'Looked for WWW-Authenticate, Authorization, Proxy-Authenticate and Proxy-Authorization headers anywhere in a line ' +
  '(also behind prefixes such as C: and S:, > and <, arrows, timestamps, line numbers or VERBOSE:), HTTP request and status lines, ' +
  'NTLM, SPNEGO and Kerberos tokens on lines of their own, HAR files and IIS W3C log lines.';

type Param = FindingParams[string] | undefined;
const text = (value: Param) => (value === null || value === undefined ? '' : String(value));
const count = (value: Param, one: string, many: string) => (value === 1 ? `1 ${one}` : `${text(value)} ${many}`);

const RENDERERS: Partial<Record<FindingId, Renderer>> = {
  'kerberos-service-ticket': (p) => ({
    message: `The client obtained a Kerberos service ticket for ${text(p.spn)}.`,
    inference:
      'A domain controller issued this ticket, so it knows this service principal name (SPN). ' +
      "Whether the SPN is registered on the account the site runs as, and only there, the ticket can't show; if the sign-in fails, that is what to check." +
      (p.declaredLength !== null && p.declaredLength !== undefined
        ? ` The token is cut short: it declares ${text(p.declaredLength)} bytes and ${text(p.byteLength)} arrived${p.namesCut ? ', ending inside the name, so only its start is shown' : '; the realm and service come before the cut'}.`
        : ''),
  }),
  'iis-401': (p) => {
    const substatus = typeof p.substatus === 'number' ? p.substatus : null;
    const win32 = typeof p.win32 === 'number' ? p.win32 : null;
    const code = substatus === null ? '401' : `401.${substatus}`;
    const named = [p.win32Hex, p.win32Name].filter((part) => typeof part === 'string' && part !== '').join(', ');
    const status = win32 === null ? '' : ` with Win32 status ${win32}${named ? ` (${named})` : ''}`;
    const meaning = [substatus !== null ? SUBSTATUS_401[substatus] : undefined, win32 !== null ? WIN32_TEXT[win32] : undefined].filter(Boolean);
    const anonymous =
      substatus === 2 && win32 === 5
        ? p.laterSuccess
          ? ' IIS logs this for the first, anonymous request of every Windows sign-in; a later request for the same page succeeded, so here it is that first step.'
          : ' IIS logs this for the first, anonymous request of every Windows sign-in; no later request for the same page succeeded in these lines, so the sign-in may have stopped here.'
        : '';
    return {
      message: `IIS logged ${code}${status} for ${count(p.count, 'request', 'requests')}.`,
      inference: meaning.length > 0 || anonymous ? `${meaning.map((line) => `${line ?? ''}`.replace(/\.?$/, '.')).join(' ')}${anonymous}`.trim() : null,
    };
  },
  'nothing-found': (p) => ({
    message: 'No authentication headers, tokens or IIS log lines were found.',
    inference: `${LOOKED_FOR}${p.nearestLine !== null && p.nearestLine !== undefined ? ` The nearest was line ${text(p.nearestLine)}, shown as evidence.` : ''}`,
  }),
};

/** Puts a finding written as an id and parameters into English: the one place its words live. */
export function renderFinding(draft: FindingDraft): RenderedFinding {
  const render = RENDERERS[draft.id];
  return render ? render(draft.params) : { message: draft.id, inference: null };
}

// Link words by article and section; a section falls back to its article's words.
const ARTICLE_LINK_TEXT: Record<string, string> = {
  'kerberos-spn-missing-or-duplicate': "Check the site's SPN: missing, duplicated or on the wrong account",
  'windows-auth-fails-in-ie-edge': "Windows sign-in fails when the computer can't reach a domain controller",
  'windows-auth-fails-in-ie-edge#iis-log': 'How to read the IIS log of a Windows sign-in',
  'kerberos-clock-skew': "Kerberos fails when a computer's clock is out of sync",
};

/** The words of a link to an article (and section) that explains a finding. */
export function articleLinkText(article: { slug: string; anchor?: string }): string {
  return ARTICLE_LINK_TEXT[`${article.slug}#${article.anchor ?? ''}`] ?? ARTICLE_LINK_TEXT[article.slug] ?? 'Read the article';
}
