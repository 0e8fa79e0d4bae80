import { BASE64_TOKEN } from './base64';
import { authHeaderName, isCredentialHeader, splitChallenges, WINDOWS_SCHEMES } from './headers';
import { readFieldsDirective, readIisLine, type IisLogEntry } from './iis-log';
import type { RawExchange, RawHeader, RawMessage, RawToken, ReadResult } from './input-model';
import { pairMessages } from './pair-messages';
import { findAuthHeaders, findStartLine, stripPrefixes, type Direction, type HeaderInLine } from './line-prefix';
import { nearMissScore, nearMissText, type NearMiss } from './near-miss';
import { decodeToken } from './token';
import { lineSource } from './evidence';
import { phrase, type Phrase } from './phrase';
import type { DiagnoseLimits } from './types';

const REQUEST_LINE = /^([A-Z][A-Z-]{1,15}) (\S+) HTTP\/\d(?:\.\d)?$/;
// RFC 4559's examples write the client's request without a version: "C: GET dir/index.html".
const BARE_REQUEST_LINE = /^(GET|POST|PUT|HEAD|DELETE|OPTIONS|PATCH|PROPFIND|MKCOL|COPY|MOVE|LOCK|UNLOCK) (\S+)$/;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)? (\d{3})(?:\s.*)?$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)$/;
const MIN_BARE_TOKEN = 12;
// Wrapped tokens longer than any real one are not joined further.
const MAX_WRAPPED_CHARS = 64 * 1024;
const SMALL_TOKEN_CHARS = 2048;

interface LineState {
  messages: RawMessage[];
  loose: RawExchange[];
  bare: RawToken[];
  current: RawMessage | null;
  lastHeader: RawHeader | null;
  looseGroup: RawMessage | null;
  headersCut: number;
  messagesCut: number;
  iisFields: string[] | null;
  iis: IisLogEntry[];
  nearMiss: (NearMiss & { score: number }) | null;
}

/**
 * Reads text line by line: raw HTTP transcripts, `curl -v` output (`>`/`<` lines, `*` info
 * lines), Python http.client debug output (`send:`/`reply:`/`header:`), transcripts whose lines
 * carry other prefixes (`C:`/`S:`, timestamps, arrows, line numbers, log levels; see
 * line-prefix.ts), authentication headers anywhere in a log line, loose header lines, bare base64
 * tokens and IIS W3C log lines, in any mix. Indentation (a transcript pasted from Markdown) is ignored.
 */
export function readLines(text: string, limits: DiagnoseLimits): ReadResult {
  const state: LineState = {
    messages: [],
    loose: [],
    bare: [],
    current: null,
    lastHeader: null,
    looseGroup: null,
    headersCut: 0,
    messagesCut: 0,
    iisFields: null,
    iis: [],
    nearMiss: null,
  };
  const lines = text.split('\n');
  let longLines = 0;
  lines.forEach((line, index) => {
    if (line.length > limits.maxLineChars) {
      longLines++;
      closeBlock(state);
      return;
    }
    for (const logical of expandDebugLine(line.replace(/\r$/, ''))) feed(state, logical, index + 1, limits);
  });
  closeBlock(state);
  const skipped: Phrase[] = [];
  if (longLines > 0) skipped.push(phrase('skippedLongLines', { count: longLines, max: limits.maxLineChars }));
  if (state.messagesCut > 0) skipped.push(phrase('skippedMessages', { count: state.messagesCut, max: limits.maxExchanges * 5 }));
  if (state.headersCut > 0) skipped.push(phrase('skippedHeaders', { count: state.headersCut, max: limits.maxHeadersPerMessage }));
  const sawMessages = state.messages.length > 0;
  const format = sawMessages
    ? 'transcript'
    : state.loose.length > 0
      ? 'headers'
      : state.bare.length > 0
        ? 'tokens'
        : state.iis.length > 0
          ? 'iis-log'
          : 'empty';
  const exchanges = [...pairMessages(state.messages), ...state.loose].sort((a, b) => a.position - b.position);
  const nearMiss = state.nearMiss ? { line: state.nearMiss.line, text: state.nearMiss.text } : null;
  return { format, exchanges, bareTokens: state.bare, skipped, clientHint: null, iisLog: state.iis, nearMiss };
}

// Python's http.client prints a whole request as one `send: b'...\r\n...'` line.
function expandDebugLine(line: string): string[] {
  const send = /^\s*send: b?(['"])(.*)\1\s*$/.exec(line);
  if (send) return (send[2] ?? '').split('\\r\\n');
  const reply = /^\s*reply: (['"])(.*?)(\\r\\n)?\1\s*$/.exec(line);
  if (reply) return [reply[2] ?? ''];
  return [line];
}

function feed(state: LineState, line: string, lineNumber: number, limits: DiagnoseLimits): void {
  if (readIisLog(state, line.trim(), lineNumber, limits)) return;
  const indented = /^\s/.test(line);
  // Python's `header:` lines are the response's headers.
  const { text, direction, prefixed } = stripPrefixes(/^\s*header: /.test(line) ? line.replace(/^\s*header: /, '< ') : line);
  if (text === '*' || text.startsWith('* ') || /^[{}] \[/.test(text)) return; // curl's own remarks and data markers
  if (!prefixed && text.startsWith('#')) return;
  const trimmed = text.trim();
  if (trimmed === '') {
    closeBlock(state);
    return;
  }
  // A prefix that names the other side starts the other side's message.
  if (direction && state.current && state.current.role !== roleOf(direction)) closeBlock(state);
  const request = REQUEST_LINE.exec(trimmed) ?? (direction === 'client' ? BARE_REQUEST_LINE.exec(trimmed) : null);
  const status = request ? null : STATUS_LINE.exec(trimmed);
  if (request || status) {
    startMessage(state, request ? 'request' : 'response', lineNumber, limits, { method: request?.[1] ?? null, url: request?.[2] ?? null, status: status ? Number(status[1]) : null });
    return;
  }
  const header = HEADER_LINE.exec(trimmed);
  const last = state.lastHeader;
  if (last && !header && ((indented && !prefixed) || continuesScheme(last, trimmed) || continuesToken(last, trimmed))) {
    last.value = continuesToken(last, trimmed) ? `${last.value}${trimmed}` : `${last.value} ${trimmed}`;
    return;
  }
  const isAuth = header !== null && authHeaderName(header[1] ?? '') !== null;
  const inLine = isAuth ? [] : findAuthHeaders(trimmed);
  if (inLine.length > 0 || (!header && !isAuth)) {
    if (readInLine(state, trimmed, inLine, direction, lineNumber, limits)) return;
  }
  if (header) {
    addHeader(state, { name: header[1] ?? '', value: header[2] ?? '', position: lineNumber }, direction, lineNumber, limits);
    return;
  }
  if (state.current) closeBlock(state); // a body, a Markdown fence or prose ends the header block
  state.looseGroup = null;
  state.lastHeader = null;
  const bare = trimmed.replace(/^["'`]|["'`,;]+$/g, '');
  if (bare.length >= MIN_BARE_TOKEN && BASE64_TOKEN.test(bare)) {
    state.bare.push({ value: bare, position: lineNumber, source: lineSource(lineNumber) });
  } else noteNearMiss(state, line, lineNumber);
}

// Headers and start lines that stand inside a longer line (a wire log, a dict dump); true when any was read.
function readInLine(state: LineState, text: string, found: HeaderInLine[], direction: Direction | null, lineNumber: number, limits: DiagnoseLimits): boolean {
  const start = found.length === 0 ? findStartLine(text) : null;
  if (start) {
    const fields = start.role === 'request' ? { method: start.method, url: start.url, status: null } : { method: null, url: null, status: start.status };
    startMessage(state, start.role, lineNumber, limits, fields);
    return true;
  }
  for (const { name, value, direction: arrow } of found) {
    addHeader(state, { name: authHeaderName(name) ?? name, value, position: lineNumber }, direction ?? arrow, lineNumber, limits);
  }
  return found.length > 0;
}

function startMessage(
  state: LineState,
  role: RawMessage['role'],
  lineNumber: number,
  limits: DiagnoseLimits,
  fields: Pick<RawMessage, 'method' | 'url' | 'status'>,
): void {
  closeBlock(state);
  state.current = { role, ...fields, headers: [], position: lineNumber, source: lineSource(lineNumber) };
  // Far more messages than analyze() looks at are read but not kept, so the work stays linear.
  if (isFull(state, limits)) state.messagesCut++;
  else state.messages.push(state.current);
}

function addHeader(state: LineState, header: RawHeader, direction: Direction | null, lineNumber: number, limits: DiagnoseLimits): void {
  // Headers whose prefix says who sent them make a message of their own, even without a start line.
  if (!state.current && direction) startMessage(state, roleOf(direction), lineNumber, limits, { method: null, url: null, status: null });
  if (state.current) {
    if (state.current.headers.length >= limits.maxHeadersPerMessage) {
      state.headersCut++;
      return;
    }
    state.lastHeader = header;
    state.current.headers.push(header);
    return;
  }
  const name = authHeaderName(header.name);
  if (name) addLoose(state, { ...header, name }, limits);
  else {
    state.looseGroup = null;
    state.lastHeader = null;
  }
}

function readIisLog(state: LineState, text: string, lineNumber: number, limits: DiagnoseLimits): boolean {
  const fields = readFieldsDirective(text);
  if (fields) {
    closeBlock(state);
    state.iisFields = fields;
    return true;
  }
  const entry = text.startsWith('#') ? null : readIisLine(text, state.iisFields, lineNumber);
  if (!entry) return false;
  closeBlock(state);
  if (state.iis.length < limits.maxExchanges) state.iis.push(entry);
  else state.messagesCut++;
  return true;
}

function noteNearMiss(state: LineState, line: string, lineNumber: number): void {
  const score = nearMissScore(line);
  if (score > 0 && score > (state.nearMiss?.score ?? 0)) state.nearMiss = { line: lineNumber, text: nearMissText(line), score };
}

function roleOf(direction: Direction): RawMessage['role'] {
  return direction === 'client' ? 'request' : 'response';
}

// `WWW-Authenticate: Negotiate` with the token on the next line, as some tools wrap it.
function continuesScheme(last: RawHeader, text: string): boolean {
  if (!authHeaderName(last.name) || !BASE64_TOKEN.test(text)) return false;
  const challenges = splitChallenges(last.value);
  return challenges.length === 1 && challenges[0]?.token === null && challenges[0].params === null;
}

// How long each wrapped token says it is, in base64 characters, so the next lines are joined until
// it is whole without decoding it again for every line.
const wrapTargets = new WeakMap<RawHeader, { token: string; chars: number }>();

// A token wrapped at a fixed width onto lines of their own, without indentation: joined while the
// token's own lengths say it goes on.
function continuesToken(last: RawHeader, text: string): boolean {
  if (!authHeaderName(last.name) || !BASE64_TOKEN.test(text)) return false;
  const [challenge, ...others] = splitChallenges(last.value);
  const token = challenge?.token;
  if (!token || others.length > 0 || !WINDOWS_SCHEMES.has(challenge.scheme) || token.endsWith('=') || token.length > MAX_WRAPPED_CHARS) return false;
  let target = wrapTargets.get(last);
  if (!target || (target.token !== token && token.length >= target.chars)) {
    const decoded = decodeToken(token);
    // An NTLM message cut before its payload fields says it is cut but not how long it is: such
    // messages are small, so each next line is checked again.
    const chars = decoded.declaredLength !== undefined ? Math.ceil((decoded.declaredLength * 4) / 3) : decoded.truncated && token.length < SMALL_TOKEN_CHARS ? token.length + 1 : 0;
    target = { token, chars };
    wrapTargets.set(last, target);
  }
  return token.length < target.chars;
}

function addLoose(state: LineState, header: RawHeader, limits: DiagnoseLimits): void {
  const name = authHeaderName(header.name);
  const role = name && isCredentialHeader(name) ? 'request' : 'response';
  const group = state.looseGroup;
  state.lastHeader = header;
  if (group && group.role === role) {
    if (group.headers.length >= limits.maxHeadersPerMessage) state.headersCut++;
    else group.headers.push(header);
    return;
  }
  const message: RawMessage = {
    role,
    method: null,
    url: null,
    status: null,
    headers: [header],
    position: header.position,
    source: lineSource(header.position),
  };
  state.looseGroup = message;
  if (isFull(state, limits)) {
    state.messagesCut++;
    return;
  }
  state.loose.push({
    request: role === 'request' ? message : null,
    response: role === 'response' ? message : null,
    position: header.position,
    loose: true,
  });
}

function isFull(state: LineState, limits: DiagnoseLimits): boolean {
  return state.messages.length + state.loose.length >= limits.maxExchanges * 5;
}

function closeBlock(state: LineState): void {
  state.current = null;
  state.lastHeader = null;
  state.looseGroup = null;
}
