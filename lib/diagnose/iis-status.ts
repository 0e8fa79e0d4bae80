/** An article on this site that explains a log line, and the section to open. */
export interface ArticleLink {
  slug: string;
  anchor?: string;
}

/**
 * The 401 sub-status codes IIS defines. Source: "HTTP status codes in IIS", section "401 - Access
 * denied" (MicrosoftDocs/SupportArticles-docs,
 * support/developer/webapps/iis/health-diagnostic-performance/http-status-code.md). Their
 * descriptions are words, so they live in the DiagnoseFindings catalogue (lib/i18n/messages).
 */
export const IIS_401_SUBSTATUSES = new Set([1, 2, 3, 4, 5, 501, 502, 503, 504]);

/**
 * Symbolic names of the sc-win32-status values a Windows sign-in logs, by value. Source: [MS-ERREF]
 * Windows Error Codes, section 2.1 (HRESULT values: the SEC_E_ codes of the 0x8009 range) and
 * section 2.2 (Win32 error codes). IIS logs them in decimal: 2148074245 is 0x80090305.
 */
export const WIN32_NAMES: Record<number, string> = {
  0: 'ERROR_SUCCESS',
  2: 'ERROR_FILE_NOT_FOUND',
  5: 'ERROR_ACCESS_DENIED',
  1326: 'ERROR_LOGON_FAILURE',
  1327: 'ERROR_ACCOUNT_RESTRICTION',
  1330: 'ERROR_PASSWORD_EXPIRED',
  1331: 'ERROR_ACCOUNT_DISABLED',
  1909: 'ERROR_ACCOUNT_LOCKED_OUT',
  0x80090302: 'SEC_E_UNSUPPORTED_FUNCTION',
  0x80090303: 'SEC_E_TARGET_UNKNOWN',
  0x80090304: 'SEC_E_INTERNAL_ERROR',
  0x80090305: 'SEC_E_SECPKG_NOT_FOUND',
  0x80090308: 'SEC_E_INVALID_TOKEN',
  0x8009030c: 'SEC_E_LOGON_DENIED',
  0x8009030d: 'SEC_E_UNKNOWN_CREDENTIALS',
  0x8009030e: 'SEC_E_NO_CREDENTIALS',
  0x8009030f: 'SEC_E_MESSAGE_ALTERED',
  0x80090311: 'SEC_E_NO_AUTHENTICATING_AUTHORITY',
  0x80090322: 'SEC_E_WRONG_PRINCIPAL',
  0x80090324: 'SEC_E_TIME_SKEW',
  0x80090346: 'SEC_E_BAD_BINDINGS',
};

const SPN: ArticleLink = { slug: 'kerberos-spn-missing-or-duplicate', anchor: 'symptoms' };
const IIS_LOG: ArticleLink = { slug: 'windows-auth-fails-in-ie-edge', anchor: 'iis-log' };

// Which article reads a 401 line further. 401.1 with SEC_E_SECPKG_NOT_FOUND is the line Microsoft
// shows for a failing Kerberos sign-in (troubleshoot-kerberos-failures-ie.md), as the SPN article's
// symptoms do; a wrong principal or an altered ticket is the SPN on the wrong account; a skewed
// clock and an unreachable domain controller have their own articles.
const ARTICLES_BY_WIN32: Record<number, ArticleLink> = {
  0x80090305: SPN,
  0x80090322: SPN,
  0x8009030f: SPN,
  0x80090324: { slug: 'kerberos-clock-skew' },
  0x80090311: { slug: 'windows-auth-fails-in-ie-edge' },
};

/** The article that explains a 401 with this sub-status and Win32 status, if one does. */
export function articleFor401(substatus: number | null, win32: number | null): ArticleLink | null {
  if (win32 !== null && ARTICLES_BY_WIN32[win32]) return ARTICLES_BY_WIN32[win32] ?? null;
  // 401.2 is every Windows sign-in's first, anonymous request, and the lasting failure Microsoft's
  // example shows; the IIS log section says how to tell them apart. 401.1 otherwise reads the same way.
  return substatus === 1 || substatus === 2 ? IIS_LOG : null;
}

/** An HRESULT-sized status in hex ("0x80090305"), as the error lists write it; null for small Win32 codes. */
export function win32Hex(win32: number): string | null {
  return win32 > 0xffff ? `0x${win32.toString(16).toUpperCase().padStart(8, '0')}` : null;
}
