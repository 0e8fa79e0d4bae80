/**
 * The /diagnose findings' words (namespace DiagnoseFindings). lib/diagnose writes each finding as
 * phrases (a key of this namespace and plain parameters); the page's words put them into sentences
 * in the browser, and the CLI with this English catalogue. A parameter that is itself a phrase
 * (`{client}`, `{subject}`, `{status}`) is put in first. Keys read `<finding><Part>`.
 */
export const ENGLISH_FINDING_WORDS = {
  sentence: '{text}.',
  clientBrowser: 'the browser',
  clientBrowserNamed: 'the browser ({name})',
  clientBrowserStart: 'The browser',
  clientBrowserNamedStart: 'The browser ({name})',
  subjectServer: 'The server',
  subjectProxy: 'The proxy',
  offerAlso: ' (and also {schemes})',
  offerNegotiateAndNtlm: '{subject} offers Negotiate and NTLM{also}',
  offerOnlyNtlm: '{subject} offers NTLM but not Negotiate{also}, so Kerberos is not used',
  offerOnlyNegotiate: '{subject} offers Negotiate but not NTLM{also}',
  offerNoWindowsAuth: '{subject} asks for a sign-in but offers neither Negotiate nor NTLM (only {schemes})',
  offerOnlyNegotiateInference: 'Turning off Negotiate in the browser would leave it no Windows sign-in method for this site.',
  kerberosRefused: '{client} answered {scheme} with a Kerberos ticket and got {status} again.',
  kerberosRefusedAfterOffer: '{offer}; {client} answered {scheme} with a Kerberos ticket and got {status} again.',
  kerberosRefusedInference:
    'A Kerberos ticket comes from a domain controller, so this computer got one at some point (tickets are kept for hours). ' +
    "The server refused it; the headers can't show why, or whether the computer can reach a domain controller now.",
  kerberosRefusedNtlmToo: 'Because the server also offers NTLM, turning off Negotiate on this computer tests whether NTLM signs in.',
  requestTooLarge: 'The request carrying a {bytes}-byte Kerberos token got HTTP 400.',
  requestTooLargeInference:
    'IIS answers 400 (Request header too long) when a Kerberos token is larger than its header limits ' +
    '(MaxFieldLength, MaxRequestBytes), which happens to users in many groups. The response body would say so; the headers alone do not.',
  kerberosAccepted: '{client} signed in with Kerberos ({status}).',
  kerberosAcceptedMutual: '{client} signed in with Kerberos ({status}), and the server proved its own identity with a Kerberos AP-REP (mutual authentication).',
  ntlmInsideNegotiate: '{client} answered Negotiate with NTLM, not Kerberos ({how}).',
  ntlmInsideNegotiateWrapped: 'an NTLM message wrapped in SPNEGO',
  ntlmInsideNegotiateRaw: 'a raw NTLM message under the Negotiate name',
  ntlmInsideNegotiateInference:
    "Negotiate carries NTLM when the client has no usable Kerberos ticket for this server, for example because the server's name (SPN) " +
    "is unknown to the domain controller or the client isn't in the domain. The headers don't show which.",
  ntlmAccepted: 'The NTLM handshake completed ({status}).',
  ntlmRefused: 'The server refused the NTLM sign-in: the last NTLM message got {status} again.',
  ntlmRefusedInference:
    "With NTLM the computer doesn't need to reach a domain controller itself, so this is not the Negotiate problem the troubleshooter covers. " +
    "A refusal usually means a wrong user name or password, or no permission on the site; the IIS log's sc-substatus (401.1, 401.2, 401.3) tells which.",
  ntlmNoChallenge: '{client} opened NTLM, but the server answered {status} without an NTLM challenge.',
  ntlmNoChallengeInference: "A server that accepts only Kerberos (for example IIS with the Negotiate:Kerberos provider) doesn't answer NTLM.",
  spnegoRejected: 'The server rejected the SPNEGO negotiation (negState reject).',
  kerberosError: 'A Kerberos error came back: {name}.',
  kerberosErrorCode: 'code {code}',
  kerberosErrorUnreadable: 'an unreadable code',
  kerberosError37: 'The clocks of the computer and the server differ by more than Kerberos allows (5 minutes by default).',
  kerberosError41: 'The server could not decrypt the ticket with its own key: the SPN is usually registered on the wrong account, or on two accounts.',
  noStatusCodes: "These are headers or tokens without status lines, so they can't show how the sign-in ended.",
  handshakeUnfinished: 'The capture ends before the server answered the last {mechanism} message.',
  noCredentialsSent: 'The server asked for Windows sign-in, but {client} never answered with credentials.',
  noCredentialsSentInference:
    "Browsers sign in automatically only to sites they trust (Internet Explorer's Local intranet zone, the AuthServerAllowlist policy of Edge and Chrome, " +
    "Firefox's trusted URIs); elsewhere they ask for a user name and password, and no further request means none was given.",
  truncatedToken: '{count, plural, one {One token is} other {# tokens are}} cut short: what could be read is shown.',
  truncatedTokenInference: 'A token cut short is usually a copy that lost its end; the handshake itself may have been complete.',
  serviceTicket: 'The client obtained a Kerberos service ticket for {spn}.',
  serviceTicketInference:
    'A domain controller issued this ticket, so it knows this service principal name (SPN). ' +
    "Whether the SPN is registered on the account the site runs as, and only there, the ticket can't show; if the sign-in fails, that is what to check.",
  serviceTicketCutInName: 'The token is cut short: it declares {declared} bytes and {arrived} arrived, ending inside the name, so only its start is shown.',
  serviceTicketCutAfterName: 'The token is cut short: it declares {declared} bytes and {arrived} arrived; the realm and service come before the cut.',
  iis401: 'IIS logged {code}{status} for {count, plural, one {# request} other {# requests}}.',
  iis401Win32: ' with Win32 status {win32}',
  iis401Win32Named: ' with Win32 status {win32} ({named})',
  // "HTTP status codes in IIS", section "401 - Access denied" (MicrosoftDocs/SupportArticles-docs,
  // support/developer/webapps/iis/health-diagnostic-performance/http-status-code.md), in its words.
  iis401x1: 'Logon failed: the logon attempt is unsuccessful, probably because of a user name or a password that is invalid.',
  iis401x2: 'Logon failed due to server configuration: a problem in the authentication configuration settings on the server.',
  iis401x3: 'Unauthorized due to ACL on resource: a problem in the NTFS file system permissions.',
  iis401x4: 'Authorization failed by filter: an ISAPI filter does not let the request be processed.',
  iis401x5: 'Authorization failed by ISAPI/CGI application.',
  iis401x501: 'Access denied: concurrent request rate limit reached (Dynamic IP Restriction).',
  iis401x502: 'Access denied: maximum request rate limit reached (Dynamic IP Restriction).',
  iis401x503: 'Access denied: IP address denied (IP Restriction).',
  iis401x504: 'Access denied: host name denied (IP Restriction).',
  // [MS-ERREF] Windows Error Codes, sections 2.1 (HRESULT) and 2.2 (Win32), in its words.
  win32x0: 'The operation completed successfully.',
  win32x2: 'The system cannot find the file specified.',
  win32x5: 'Access is denied.',
  win32x1326: 'The user name or password is incorrect.',
  win32x1327: 'Account restrictions are preventing this user from signing in.',
  win32x1330: 'The password for this account has expired.',
  win32x1331: 'This user can’t sign in because this account is currently disabled.',
  win32x1909: 'The referenced account is currently locked out and cannot be logged on to.',
  win32x80090302: 'The function requested is not supported.',
  win32x80090303: 'The specified target is unknown or unreachable.',
  win32x80090304: 'The Local Security Authority (LSA) cannot be contacted.',
  win32x80090305: 'The requested security package does not exist.',
  win32x80090308: 'The token supplied to the function is invalid.',
  win32x8009030c: 'The logon attempt failed.',
  win32x8009030d: 'The credentials supplied to the package were not recognized.',
  win32x8009030e: 'No credentials are available in the security package.',
  win32x8009030f: 'The message or signature supplied for verification has been altered.',
  win32x80090311: 'No authority could be contacted for authentication.',
  win32x80090322: 'The target principal name is incorrect.',
  win32x80090324: 'The clocks on the client and server machines are skewed.',
  win32x80090346: "Client's supplied Security Support Provider Interface (SSPI) channel bindings were incorrect.",
  iis401AnonymousLaterSuccess:
    'IIS logs this for the first, anonymous request of every Windows sign-in; a later request for the same page succeeded, so here it is that first step.',
  iis401AnonymousStopped:
    'IIS logs this for the first, anonymous request of every Windows sign-in; no later request for the same page succeeded in these lines, so the sign-in may have stopped here.',
  nothingFound: 'No authentication headers, tokens or IIS log lines were found.',
  nothingFoundLookedFor:
    'Looked for WWW-Authenticate, Authorization, Proxy-Authenticate and Proxy-Authorization headers anywhere in a line ' +
    '(also behind prefixes such as C: and S:, > and <, arrows, timestamps, line numbers or VERBOSE:), HTTP request and status lines, ' +
    'NTLM, SPNEGO and Kerberos tokens on lines of their own, HAR files and IIS W3C log lines.',
  nothingFoundNearest: 'The nearest was line {line}, shown as evidence.',
  articleSpn: "Check the site's SPN: missing, duplicated or on the wrong account",
  articleDcUnreachable: "Windows sign-in fails when the computer can't reach a domain controller",
  articleIisLog: 'How to read the IIS log of a Windows sign-in',
  articleClockSkew: "Kerberos fails when a computer's clock is out of sync",
  articleDefault: 'Read the article',
};

export type FindingTextKey = keyof typeof ENGLISH_FINDING_WORDS;
