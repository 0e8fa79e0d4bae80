/** Who sent a line, as its prefix tells: the client (a request) or the server (a response). */
export type Direction = 'client' | 'server';

/** A line with the prefixes a tool or a writer put in front of it taken off. */
export interface StrippedLine {
  text: string;
  /** The direction the first direction-bearing prefix gives, or null when none does. */
  direction: Direction | null;
  /** True when any prefix was taken off (then indentation after it is not a folded header). */
  prefixed: boolean;
}

// What the rest of a line must look like for `Client:`/`Server:` to be a prefix: `Server:` is
// also a response header ("Server: Microsoft-IIS/10.0").
const HTTP_AHEAD = String.raw`(?=HTTP\/\d|[A-Z][A-Z-]{1,15} \S|[!#$%&'*+.^_|~0-9A-Za-z-]+:)`;

// Each is tried at the start of the line, again and again, so they combine in any order:
// "12 | 2024-05-01T10:00:00Z [DEBUG] -> Authorization: …".
const PREFIXES: [RegExp, Direction | null][] = [
  // RFC 4559's examples, mail-style transcripts and test suites: "C: GET …", "S: HTTP/1.1 401".
  [/^C:(?=\s|$)\s?/, 'client'],
  [/^S:(?=\s|$)\s?/, 'server'],
  [new RegExp(String.raw`^(?:Client|Request|Sent|Send|Outgoing)\s*:\s*${HTTP_AHEAD}`, 'i'), 'client'],
  [new RegExp(String.raw`^(?:Server|Response|Received|Recv|Reply|Incoming)\s*:\s*${HTTP_AHEAD}`, 'i'), 'server'],
  // Arrows, longest first: log viewers, Chrome's net-export, Fiddler-style dumps; `>`/`<` as curl writes them.
  [/^(?:-->|->|=>|>>>|>>|→|⇒|>)(?=\s|$|[A-Za-z])\s?/, 'client'],
  [/^(?:<--|<-|<=|<<<|<<|←|⇐|<)(?=\s|$|[A-Za-z])\s?/, 'server'],
  // ISO and common log timestamps, with an optional zone; times of day alone.
  [/^\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?:\s+|(?=[[<>-])|:\s*)/, null],
  [/^\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?(?:\s*[AP]M)?(?:\s+|:\s*|(?=[[<>-]))/i, null],
  // Bracketed fields: [12:00:01.123], [DEBUG], [Thread-3], (pid 42).
  [/^\[[^\]\n]{1,60}\]:?\s*/, null],
  [/^\([^)\n]{1,40}\):?\s*/, null],
  // Log levels and PowerShell's streams.
  [/^(?:VERBOSE|DEBUG|TRACE|INFO|INFORMATION|WARN|WARNING|ERROR|FINE|FINER|FINEST|NOTICE)\b\s*[:|-]?\s*/, null],
  // Line numbers ("12:", "12 |", "12.") and table or tree markers (Network Monitor's "- ", "+ ", "| ").
  [/^\d{1,6}(?:\s*[:|.)\]]\s*|\s+)/, null],
  [/^[|+-](?:\s+|$)/, null],
];
const MAX_PREFIXES = 8;
// What a line must start with for any prefix above to apply; most lines are plain headers and skip them all.
const MAY_HAVE_PREFIX = /^(?:[\d[(<>=|+\-→←⇒⇐]|[CS]:|(?:Client|Server|Request|Response|Received|Recv|Reply|Incoming|Sent|Send|Outgoing|VERBOSE|DEBUG|TRACE|INFO|INFORMATION|WARN|WARNING|ERROR|FINE|FINER|FINEST|NOTICE)\b)/i;

/** Takes prefixes off the start of a line (trimmed first) and says which direction they gave. */
export function stripPrefixes(line: string): StrippedLine {
  let text = line.trimStart();
  let direction: Direction | null = null;
  let prefixed = false;
  for (let round = 0; round < MAX_PREFIXES && MAY_HAVE_PREFIX.test(text); round++) {
    const match = PREFIXES.find(([pattern]) => pattern.test(text));
    if (!match) break;
    const [pattern, given] = match;
    const next = text.replace(pattern, '').trimStart();
    if (next.length === text.length) break;
    text = next;
    prefixed = true;
    direction ??= given;
  }
  // Wireshark's packet details end each header with a literal "\r\n".
  return { text: text.endsWith('\\n') ? text.replace(/(?:\\r)?\\n$/, '') : text, direction, prefixed };
}

/** An authentication header found inside a line, with the value as it stood there. */
export interface HeaderInLine {
  name: string;
  value: string;
  /** The direction an arrow just before the first header gives. */
  direction: Direction | null;
}

const AUTH_NAME = /(?<![\w-])(["']?)(www-authenticate|proxy-authenticate|proxy-authorization|authorization)\1\s*(?::|=>?)\s*/gi;

/**
 * Authentication headers wherever they stand in a line: after a prefix no rule knows, inside a
 * JSON or Python dict dump (`'WWW-Authenticate': 'Negotiate, NTLM'`), or several on one line. A
 * quoted value ends at its closing quote; an unquoted one at the next header or the line's end.
 */
export function findAuthHeaders(line: string): HeaderInLine[] {
  const found: HeaderInLine[] = [];
  const matches = [...line.matchAll(AUTH_NAME)];
  matches.forEach((match, index) => {
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[index + 1]?.index ?? line.length;
    let value = line.slice(start, end);
    const quote = value[0];
    if (quote === '"' || quote === "'") {
      const close = value.indexOf(quote, 1);
      value = value.slice(1, close === -1 ? undefined : close);
    } else {
      value = value.replace(/[\s,;}]+$/, '');
      // A quote closing a wrapper the header name stood inside: `<< "WWW-Authenticate: NTLM"`.
      const last = value[value.length - 1];
      if ((last === '"' || last === "'") && value.split(last).length % 2 === 0) value = value.slice(0, -1);
    }
    // Apache HttpClient's wire log ends each header with "[\r][\n]", Wireshark's with "\r\n".
    const clean = value.replace(/(?:\[\\r\])?\[\\n\]$|(?:\\r)?\\n$/, '').trim();
    found.push({ name: match[2] ?? '', value: clean, direction: arrowBefore(line.slice(0, matches[0]?.index ?? 0)) });
  });
  return found;
}

/** A request or status line found inside a line, and the direction an arrow before it gives. */
export type StartLine =
  | { role: 'request'; method: string; url: string; direction: Direction | null }
  | { role: 'response'; status: number; direction: Direction | null };

const REQUEST_IN_LINE = /(?:^|[\s"'])([A-Z][A-Z-]{1,15}) (\S+) HTTP\/\d(?:\.\d)?(?=$|[\s"'[\\])/;
const STATUS_IN_LINE = /(?:^|[\s"'])HTTP\/\d(?:\.\d)? (\d{3})(?=$|[\s"'[\\])/;
const ARROW_BEFORE = /(-->|->|=>|>>|>|<--|<-|<=|<<|<)\s*["']?$/;

/**
 * A request or status line that a log wraps in its own words, as Apache HttpClient's wire log
 * does (`http-outgoing-0 << "HTTP/1.1 401 Unauthorized[\r][\n]"`); null when there is none.
 */
export function findStartLine(text: string): StartLine | null {
  const request = REQUEST_IN_LINE.exec(text);
  const status = request ? null : STATUS_IN_LINE.exec(text);
  const match = request ?? status;
  if (!match) return null;
  const direction = arrowBefore(text.slice(0, match.index + (match[0].length - match[0].trimStart().length)));
  if (request) return { role: 'request', method: request[1] ?? '', url: request[2] ?? '', direction };
  return { role: 'response', status: Number(status?.[1]), direction };
}

/** The direction an arrow just before a header or start line gives (`>>` sent, `<<` received). */
export function arrowBefore(text: string): Direction | null {
  const arrow = ARROW_BEFORE.exec(text)?.[1];
  if (!arrow) return null;
  return arrow.includes('>') ? 'client' : 'server';
}
