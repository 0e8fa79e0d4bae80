/** Words and phrases the benchmark corpus is written from: the vocabulary of Windows sign-in support articles. */

export const PRODUCTS = [
  'Internet Explorer', 'Microsoft Edge', 'Google Chrome', 'Firefox', 'IIS 10', 'IIS 8.5', 'Exchange Server 2019',
  'SharePoint Server', 'Outlook', 'Outlook on the web', 'Windows Server 2019', 'Windows Server 2022', 'Windows 11',
  'Windows 10', 'Remote Desktop Gateway', 'AD FS', 'SQL Server Reporting Services', 'Microsoft Teams', 'OneDrive',
  'the VPN client', 'a print server', 'a file server', 'Power BI Report Server', 'Dynamics 365', 'Team Foundation Server',
] as const;

export const ERRORS = [
  '401 Unauthorized', 'HTTP Error 401.1', 'HTTP Error 401.2', '403 Forbidden', 'HTTP Error 403.14', 'HTTP Error 500.19',
  '502.3 Bad Gateway', '407 Proxy Authentication Required', 'error 0x80090308', 'error 0x800704cf', 'error 0x80070005',
  'KDC_ERR_S_PRINCIPAL_UNKNOWN', 'KRB_AP_ERR_MODIFIED', 'SEC_E_WRONG_PRINCIPAL', 'Event ID 4625', 'Event ID 4771',
  'Event ID 4768', 'ERR_CONNECTION_RESET', 'NET::ERR_CERT_AUTHORITY_INVALID', 'ERR_INVALID_AUTH_CREDENTIALS',
  'The trust relationship between this workstation and the primary domain failed', 'The target principal name is incorrect',
  'There are currently no logon servers available', 'The clock skew is too great', 'Access is denied',
] as const;

export const SYMPTOMS = [
  'keeps asking for my password', 'password prompt loops', 'sign-in page appears again and again', 'blank page after sign-in',
  'works in Chrome but not in Edge', 'works from the office but not over VPN', 'works for admins only',
  'fails only for external users', 'fails after a password change', 'fails after the server was renamed',
  'fails after installing updates', 'slow sign-in of about 30 seconds', 'signs in as the wrong user',
  'cannot reach the site by its alias', 'works by IP address but not by name', 'fails on the second request',
  'double hop to SQL Server fails', 'certificate warning before the prompt', 'Kerberos ticket not issued',
  'falls back to NTLM', 'NTLM is blocked by policy', 'proxy asks for credentials', 'single sign-on stopped working',
] as const;

export const CONCEPTS = [
  'Kerberos', 'NTLM', 'Negotiate', 'the service principal name (SPN)', 'constrained delegation', 'the server certificate',
  'the proxy server', 'DNS', 'time synchronisation', 'the domain controller', 'the application pool identity',
  'the service account', 'Group Policy', 'the Local intranet zone', 'the trusted sites list', 'HTTP.sys', 'channel binding',
  'Extended Protection for Authentication', 'TLS 1.2', 'the cipher suite order', 'the loopback check', 'the token size',
  'the Credential Manager', 'the browser cache', 'the host header', 'the load balancer', 'session affinity',
  'the machine account password', 'the user principal name', 'the CNAME record', 'the A record',
] as const;

export const REGISTRY_VALUES = [
  { path: 'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings', name: 'EnableNegotiate', type: 'REG_DWORD', data: '0' },
  { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa', name: 'DisableLoopbackCheck', type: 'REG_DWORD', data: '1' },
  { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0', name: 'BackConnectionHostNames', type: 'REG_MULTI_SZ', data: 'intranet.contoso.com' },
  { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa', name: 'LmCompatibilityLevel', type: 'REG_DWORD', data: '5' },
  { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings', name: 'AuthForwardServerList', type: 'REG_MULTI_SZ', data: 'https://*.contoso.com' },
  { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters', name: 'MaxTokenSize', type: 'REG_DWORD', data: '48000' },
  { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters', name: 'MaxRequestBytes', type: 'REG_DWORD', data: '65536' },
  { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters', name: 'MaxFieldLength', type: 'REG_DWORD', data: '65534' },
  { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', name: 'AuthSchemes', type: 'REG_SZ', data: 'ntlm,negotiate' },
  { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', name: 'AuthServerAllowlist', type: 'REG_SZ', data: '*.contoso.com' },
  { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', name: 'AuthNegotiateDelegateAllowlist', type: 'REG_SZ', data: '*.contoso.com' },
  { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters', name: 'DisableStrictNameChecking', type: 'REG_DWORD', data: '1' },
  { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Internet Explorer\\Main\\FeatureControl\\FEATURE_INCLUDE_PORT_IN_SPN_KB908209', name: 'iexplore.exe', type: 'REG_DWORD', data: '1' },
  { path: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters', name: 'LogLevel', type: 'REG_DWORD', data: '1' },
  { path: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', name: 'SchUseStrongCrypto', type: 'REG_DWORD', data: '1' },
] as const;

export const COMMANDS = [
  'setspn -L CONTOSO\\svc-web', 'setspn -S HTTP/intranet.contoso.com CONTOSO\\svc-web', 'setspn -X', 'klist purge', 'klist get HTTP/intranet.contoso.com',
  'gpupdate /force', 'gpresult /h report.html', 'nltest /dsgetdc:contoso.com', 'nltest /sc_verify:contoso.com', 'netsh winhttp show proxy',
  'Test-NetConnection intranet.contoso.com -Port 443', 'Test-ComputerSecureChannel -Repair', 'appcmd list config -section:windowsAuthentication',
  'iisreset /noforce', 'certutil -verify -urlfetch server.cer', 'ipconfig /flushdns', 'w32tm /resync', 'w32tm /query /status', 'dcdiag /test:dns',
  'Get-WebConfigurationProperty -Filter system.webServer/security/authentication/windowsAuthentication -Name useAppPoolCredentials',
  'Set-ADComputer WEB01 -PrincipalsAllowedToDelegateToAccount SQL01$', 'Resolve-DnsName intranet.contoso.com', 'netsh http show sslcert',
  'Get-EventLog -LogName Security -InstanceId 4625 -Newest 20', 'tracert dc01.contoso.com',
] as const;

export const HEADINGS = [
  'Symptoms', 'Cause', 'Confirm the cause', 'Before you start', 'Workaround', 'Solution', 'More information', 'Check the SPN',
  'Check the proxy settings', 'Read the event log', 'Collect a network trace', 'Known issues', 'Check the time on both computers',
  'Check the browser zone', 'Check the IIS configuration', 'Check the certificate', 'Why this happens', 'If it still fails',
  'What the logs show', 'Undo the change', 'Check DNS', 'Check delegation',
] as const;

export const VERBS = ['Open', 'Select', 'Check', 'Set', 'Add', 'Remove', 'Restart', 'Run', 'Clear', 'Confirm', 'Enable', 'Disable', 'Change', 'Verify'] as const;
export const OBJECTS = [
  'IIS Manager', 'the Authentication feature', 'Windows Authentication', 'Providers', 'Advanced Settings', 'Internet Options',
  'the Security tab', 'Local intranet sites', 'the application pool', 'Active Directory Users and Computers', 'the Delegation tab',
  'Group Policy Management', 'Event Viewer', 'the Services console', 'Registry Editor', 'the site bindings', 'Credential Manager',
] as const;
