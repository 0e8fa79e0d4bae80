import type { ENGLISH_FINDING_WORDS } from './diagnose-findings-en';

/** The /diagnose findings in German (see diagnose-findings-en.ts); header, token and scheme names stay as they are. */
export const GERMAN_FINDING_WORDS = {
  sentence: '{text}.',
  clientBrowser: 'der Browser',
  clientBrowserNamed: 'der Browser ({name})',
  clientBrowserStart: 'Der Browser',
  clientBrowserNamedStart: 'Der Browser ({name})',
  subjectServer: 'Der Server',
  subjectProxy: 'Der Proxy',
  offerAlso: ' (und außerdem {schemes})',
  offerNegotiateAndNtlm: '{subject} bietet Negotiate und NTLM an{also}',
  offerOnlyNtlm: '{subject} bietet NTLM an, aber nicht Negotiate{also}; Kerberos wird also nicht verwendet',
  offerOnlyNegotiate: '{subject} bietet Negotiate an, aber nicht NTLM{also}',
  offerNoWindowsAuth: '{subject} verlangt eine Anmeldung, bietet aber weder Negotiate noch NTLM an (nur {schemes})',
  offerOnlyNegotiateInference: 'Wenn Sie Negotiate im Browser ausschalten, bleibt ihm für diese Website keine Windows-Anmeldung mehr.',
  kerberosRefused: '{client} hat auf {scheme} mit einem Kerberos-Ticket geantwortet und erneut {status} erhalten.',
  kerberosRefusedAfterOffer: '{offer}; {client} hat auf {scheme} mit einem Kerberos-Ticket geantwortet und erneut {status} erhalten.',
  kerberosRefusedInference:
    'Ein Kerberos-Ticket stammt von einem Domänencontroller, dieser Computer hat also irgendwann eines erhalten (Tickets werden stundenlang aufbewahrt). ' +
    'Der Server hat es abgelehnt; warum, und ob der Computer jetzt einen Domänencontroller erreicht, zeigen die Header nicht.',
  kerberosRefusedNtlmToo: 'Da der Server auch NTLM anbietet, können Sie Negotiate auf diesem Computer ausschalten und so prüfen, ob die Anmeldung mit NTLM gelingt.',
  requestTooLarge: 'Die Anfrage mit einem {bytes} Byte großen Kerberos-Token hat HTTP 400 erhalten.',
  requestTooLargeInference:
    'IIS antwortet mit 400 (Request header too long), wenn ein Kerberos-Token seine Header-Grenzen überschreitet ' +
    '(MaxFieldLength, MaxRequestBytes); das betrifft Benutzer in vielen Gruppen. Der Antworttext würde es sagen, die Header allein nicht.',
  kerberosAccepted: '{client} hat sich mit Kerberos angemeldet ({status}).',
  kerberosAcceptedMutual: '{client} hat sich mit Kerberos angemeldet ({status}), und der Server hat mit einem Kerberos-AP-REP seine eigene Identität nachgewiesen (gegenseitige Authentifizierung).',
  ntlmInsideNegotiate: '{client} hat auf Negotiate mit NTLM statt Kerberos geantwortet ({how}).',
  ntlmInsideNegotiateWrapped: 'eine in SPNEGO verpackte NTLM-Nachricht',
  ntlmInsideNegotiateRaw: 'eine reine NTLM-Nachricht unter dem Namen Negotiate',
  ntlmInsideNegotiateInference:
    'Negotiate transportiert NTLM, wenn der Client kein verwendbares Kerberos-Ticket für diesen Server hat, etwa weil der Name des Servers (SPN) ' +
    'dem Domänencontroller unbekannt ist oder der Client nicht zur Domäne gehört. Welches davon zutrifft, zeigen die Header nicht.',
  ntlmAccepted: 'Der NTLM-Handshake wurde abgeschlossen ({status}).',
  ntlmRefused: 'Der Server hat die NTLM-Anmeldung abgelehnt: Die letzte NTLM-Nachricht hat erneut {status} erhalten.',
  ntlmRefusedInference:
    'Bei NTLM muss der Computer selbst keinen Domänencontroller erreichen; es ist also nicht das Negotiate-Problem, das die Problembehandlung behandelt. ' +
    'Eine Ablehnung bedeutet meist einen falschen Benutzernamen oder ein falsches Kennwort oder fehlende Berechtigungen für die Website; der sc-substatus im IIS-Protokoll (401.1, 401.2, 401.3) sagt, was davon.',
  ntlmNoChallenge: '{client} hat NTLM begonnen, aber der Server hat mit {status} ohne NTLM-Challenge geantwortet.',
  ntlmNoChallengeInference: 'Ein Server, der nur Kerberos akzeptiert (zum Beispiel IIS mit dem Anbieter Negotiate:Kerberos), antwortet nicht auf NTLM.',
  spnegoRejected: 'Der Server hat die SPNEGO-Aushandlung abgelehnt (negState reject).',
  kerberosError: 'Ein Kerberos-Fehler kam zurück: {name}.',
  kerberosErrorCode: 'Code {code}',
  kerberosErrorUnreadable: 'ein unlesbarer Code',
  kerberosError37: 'Die Uhren des Computers und des Servers weichen stärker voneinander ab, als Kerberos erlaubt (standardmäßig 5 Minuten).',
  kerberosError41: 'Der Server konnte das Ticket nicht mit seinem eigenen Schlüssel entschlüsseln: Meist ist der SPN beim falschen Konto registriert oder bei zwei Konten.',
  noStatusCodes: 'Dies sind Header oder Tokens ohne Statuszeilen; sie können daher nicht zeigen, wie die Anmeldung ausging.',
  handshakeUnfinished: 'Die Aufzeichnung endet, bevor der Server auf die letzte {mechanism}-Nachricht geantwortet hat.',
  noCredentialsSent: 'Der Server hat eine Windows-Anmeldung verlangt, aber {client} hat nie mit Anmeldeinformationen geantwortet.',
  noCredentialsSentInference:
    'Browser melden sich nur bei Websites automatisch an, denen sie vertrauen (die Zone „Lokales Intranet“ des Internet Explorers, die Richtlinie AuthServerAllowlist von Edge und Chrome, ' +
    'die vertrauenswürdigen URIs von Firefox); sonst fragen sie nach Benutzername und Kennwort, und keine weitere Anfrage bedeutet, dass keine eingegeben wurden.',
  truncatedToken: '{count, plural, one {Ein Token ist} other {# Tokens sind}} abgeschnitten: Gezeigt wird, was sich lesen ließ.',
  truncatedTokenInference: 'Ein abgeschnittenes Token ist meist eine Kopie, der das Ende fehlt; der Handshake selbst kann vollständig gewesen sein.',
  serviceTicket: 'Der Client hat ein Kerberos-Dienstticket für {spn} erhalten.',
  serviceTicketInference:
    'Ein Domänencontroller hat dieses Ticket ausgestellt, er kennt also diesen Dienstprinzipalnamen (SPN). ' +
    'Ob der SPN bei dem Konto registriert ist, unter dem die Website läuft, und nur dort, kann das Ticket nicht zeigen; wenn die Anmeldung fehlschlägt, ist das zu prüfen.',
  serviceTicketCutInName: 'Das Token ist abgeschnitten: Es gibt {declared} Byte an, angekommen sind {arrived}, und es endet mitten im Namen; gezeigt wird daher nur dessen Anfang.',
  serviceTicketCutAfterName: 'Das Token ist abgeschnitten: Es gibt {declared} Byte an, angekommen sind {arrived}; Bereich (Realm) und Dienst stehen vor der Schnittstelle.',
  iis401: 'IIS hat {code}{status} für {count, plural, one {# Anfrage} other {# Anfragen}} protokolliert.',
  iis401Win32: ' mit Win32-Status {win32}',
  iis401Win32Named: ' mit Win32-Status {win32} ({named})',
  iis401x1: 'Anmeldung fehlgeschlagen: Der Anmeldeversuch war nicht erfolgreich, wahrscheinlich wegen eines ungültigen Benutzernamens oder Kennworts.',
  iis401x2: 'Anmeldung wegen der Serverkonfiguration fehlgeschlagen: ein Problem in den Einstellungen der Authentifizierung auf dem Server.',
  iis401x3: 'Nicht autorisiert wegen der ACL der Ressource: ein Problem mit den Berechtigungen im NTFS-Dateisystem.',
  iis401x4: 'Autorisierung durch Filter fehlgeschlagen: Ein ISAPI-Filter lässt die Verarbeitung der Anfrage nicht zu.',
  iis401x5: 'Autorisierung durch ISAPI/CGI-Anwendung fehlgeschlagen.',
  iis401x501: 'Zugriff verweigert: Grenze gleichzeitiger Anfragen erreicht (Dynamic IP Restriction).',
  iis401x502: 'Zugriff verweigert: Höchstzahl der Anfragen erreicht (Dynamic IP Restriction).',
  iis401x503: 'Zugriff verweigert: IP-Adresse abgelehnt (IP Restriction).',
  iis401x504: 'Zugriff verweigert: Hostname abgelehnt (IP Restriction).',
  win32x0: 'Der Vorgang wurde erfolgreich beendet.',
  win32x2: 'Das System kann die angegebene Datei nicht finden.',
  win32x5: 'Zugriff verweigert.',
  win32x1326: 'Der Benutzername oder das Kennwort ist falsch.',
  win32x1327: 'Kontoeinschränkungen verhindern die Anmeldung dieses Benutzers.',
  win32x1330: 'Das Kennwort für dieses Konto ist abgelaufen.',
  win32x1331: 'Dieser Benutzer kann sich nicht anmelden, da das Konto zurzeit deaktiviert ist.',
  win32x1909: 'Das Konto ist zurzeit gesperrt, eine Anmeldung ist nicht möglich.',
  win32x80090302: 'Die angeforderte Funktion wird nicht unterstützt.',
  win32x80090303: 'Das angegebene Ziel ist unbekannt oder nicht erreichbar.',
  win32x80090304: 'Die lokale Sicherheitsautorität (LSA) ist nicht erreichbar.',
  win32x80090305: 'Das angeforderte Sicherheitspaket ist nicht vorhanden.',
  win32x80090308: 'Das an die Funktion übergebene Token ist ungültig.',
  win32x8009030c: 'Der Anmeldeversuch ist fehlgeschlagen.',
  win32x8009030d: 'Die an das Paket übergebenen Anmeldeinformationen wurden nicht erkannt.',
  win32x8009030e: 'Im Sicherheitspaket sind keine Anmeldeinformationen verfügbar.',
  win32x8009030f: 'Die zur Überprüfung übergebene Nachricht oder Signatur wurde verändert.',
  win32x80090311: 'Für die Authentifizierung konnte keine Autorität erreicht werden.',
  win32x80090322: 'Der Name des Zielprinzipals ist falsch.',
  win32x80090324: 'Die Uhren von Client und Server weichen voneinander ab.',
  win32x80090346: 'Die vom Client übergebenen SSPI-Kanalbindungen (Security Support Provider Interface) waren falsch.',
  iis401AnonymousLaterSuccess:
    'IIS protokolliert dies für die erste, anonyme Anfrage jeder Windows-Anmeldung; eine spätere Anfrage für dieselbe Seite war erfolgreich, hier ist es also dieser erste Schritt.',
  iis401AnonymousStopped:
    'IIS protokolliert dies für die erste, anonyme Anfrage jeder Windows-Anmeldung; in diesen Zeilen war keine spätere Anfrage für dieselbe Seite erfolgreich, die Anmeldung ist also möglicherweise hier stehen geblieben.',
  nothingFound: 'Es wurden keine Authentifizierungs-Header, Tokens oder IIS-Protokollzeilen gefunden.',
  nothingFoundLookedFor:
    'Gesucht wurde nach den Headern WWW-Authenticate, Authorization, Proxy-Authenticate und Proxy-Authorization an beliebiger Stelle einer Zeile ' +
    '(auch hinter Präfixen wie C: und S:, > und <, Pfeilen, Zeitstempeln, Zeilennummern oder VERBOSE:), nach HTTP-Anfrage- und Statuszeilen, ' +
    'nach NTLM-, SPNEGO- und Kerberos-Tokens in eigenen Zeilen, nach HAR-Dateien und IIS-W3C-Protokollzeilen.',
  nothingFoundNearest: 'Am nächsten kam Zeile {line}, als Beleg angezeigt.',
  articleSpn: 'Den SPN der Website prüfen: fehlend, doppelt oder beim falschen Konto',
  articleDcUnreachable: 'Die Windows-Anmeldung schlägt fehl, wenn der Computer keinen Domänencontroller erreicht',
  articleIisLog: 'So lesen Sie das IIS-Protokoll einer Windows-Anmeldung',
  articleClockSkew: 'Kerberos schlägt fehl, wenn die Uhr eines Computers abweicht',
  articleDefault: 'Artikel lesen',
} satisfies Record<keyof typeof ENGLISH_FINDING_WORDS, string>;
