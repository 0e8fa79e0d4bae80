import { BASE64_TOKEN } from './base64';
import { authHeaderName, isCredentialHeader, splitChallenges } from './headers';
import type { RawExchange, RawHeader, RawMessage, RawToken, ReadResult } from './input-model';
import type { DiagnoseLimits } from './types';

const REQUEST_LINE = /^([A-Z][A-Z-]{1,15}) (\S+) HTTP\/\d(?:\.\d)?$/;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)? (\d{3})(?:\s.*)?$/;
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)$/;
const MIN_BARE_TOKEN = 12;

interface LineState {
  messages: RawMessage[];
  loose: RawExchange[];
  bare: RawToken[];
  current: RawMessage | null;
  lastHeader: RawHeader | null;
  looseGroup: RawMessage | null;
  headersCut: number;
  messagesCut: number;
}

/**
 * Reads text line by line: raw HTTP transcripts, `curl -v` output (`>`/`<` lines, `*` info
 * lines), Python http.client debug output (`send:`/`reply:`/`header:`), loose header lines and
 * bare base64 tokens, in any mix. Indentation (a transcript pasted from Markdown) is ignored.
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
  const skipped: string[] = [];
  if (longLines > 0) skipped.push(`${longLines} lines longer than ${limits.maxLineChars} characters were not read.`);
  if (state.messagesCut > 0) skipped.push(`${state.messagesCut} requests, responses or header groups after the first ${limits.maxExchanges * 5} were not read.`);
  if (state.headersCut > 0) skipped.push(`${state.headersCut} headers past ${limits.maxHeadersPerMessage} per message were not read.`);
  const sawMessages = state.messages.length > 0;
  const format = sawMessages ? 'transcript' : state.loose.length > 0 ? 'headers' : state.bare.length > 0 ? 'tokens' : 'empty';
  const exchanges = [...pairMessages(state.messages), ...state.loose].sort((a, b) => a.position - b.position);
  return { format, exchanges, bareTokens: state.bare, skipped, clientHint: null };
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
  let text = line.trimStart();
  const indented = text.length !== line.length;
  let prefixed = false;
  if (/^[<>](\s|$)/.test(text)) {
    text = text.slice(text.startsWith('> ') || text.startsWith('< ') ? 2 : 1);
    prefixed = true;
  } else if (/^header: /.test(text)) {
    text = text.slice('header: '.length);
    prefixed = true;
  } else if (text === '*' || text.startsWith('* ') || /^[{}] \[/.test(text)) {
    return; // curl's own remarks and data markers
  }
  if (!prefixed && text.startsWith('#')) return;
  const trimmed = text.trim();
  const folded = (indented && !prefixed) || /^\s/.test(text);
  if (trimmed === '') {
    closeBlock(state);
    return;
  }
  const request = REQUEST_LINE.exec(trimmed);
  const status = request ? null : STATUS_LINE.exec(trimmed);
  if (request || status) {
    closeBlock(state);
    state.current = {
      role: request ? 'request' : 'response',
      method: request?.[1] ?? null,
      url: request?.[2] ?? null,
      status: status ? Number(status[1]) : null,
      headers: [],
      position: lineNumber,
      source: `line ${lineNumber}`,
    };
    // Far more messages than analyze() looks at are read but not kept, so the work stays linear.
    if (isFull(state, limits)) state.messagesCut++;
    else state.messages.push(state.current);
    return;
  }
  const header = HEADER_LINE.exec(trimmed);
  const last = state.lastHeader;
  if (last && !header && (folded || continuesScheme(last, trimmed))) {
    last.value = `${last.value} ${trimmed}`;
    return;
  }
  if (state.current) {
    if (!header) {
      closeBlock(state); // a body, a Markdown fence or prose ends the header block
      return;
    }
    if (state.current.headers.length >= limits.maxHeadersPerMessage) {
      state.headersCut++;
      return;
    }
    state.lastHeader = { name: header[1] ?? '', value: header[2] ?? '', position: lineNumber };
    state.current.headers.push(state.lastHeader);
    return;
  }
  const name = header ? authHeaderName(header[1] ?? '') : null;
  if (header && name) {
    addLoose(state, { name, value: header[2] ?? '', position: lineNumber }, limits);
    return;
  }
  state.looseGroup = null;
  state.lastHeader = null;
  if (!header && trimmed.length >= MIN_BARE_TOKEN && BASE64_TOKEN.test(trimmed)) {
    state.bare.push({ value: trimmed, position: lineNumber, source: `line ${lineNumber}` });
  }
}

// `WWW-Authenticate: Negotiate` with the token on the next line, as some tools wrap it.
function continuesScheme(last: RawHeader, text: string): boolean {
  if (!authHeaderName(last.name) || !BASE64_TOKEN.test(text)) return false;
  const challenges = splitChallenges(last.value);
  return challenges.length === 1 && challenges[0]?.token === null && challenges[0].params === null;
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
    source: `line ${header.position}`,
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

/**
 * Pairs requests with responses. A transcript in order pairs each response with the request
 * before it; one laid out as all requests, then all responses (as curl's test files are) pairs
 * them by position in each list.
 */
export function pairMessages(messages: readonly RawMessage[]): RawExchange[] {
  const requests = messages.filter((message) => message.role === 'request');
  const responses = messages.filter((message) => message.role === 'response');
  const lastRequest = requests[requests.length - 1];
  const firstResponse = responses[0];
  const exchanges: RawExchange[] = [];
  const add = (request: RawMessage | null, response: RawMessage | null) =>
    exchanges.push({ request, response, position: (request ?? response)?.position ?? 0, loose: false });
  if (requests.length >= 2 && lastRequest && firstResponse && lastRequest.position < firstResponse.position) {
    for (let i = 0; i < Math.max(requests.length, responses.length); i++) add(requests[i] ?? null, responses[i] ?? null);
    return exchanges;
  }
  let pending: RawMessage | null = null;
  for (const message of messages) {
    if (message.role === 'request') {
      if (pending) add(pending, null);
      pending = message;
    } else {
      add(pending, message);
      pending = null;
    }
  }
  if (pending) add(pending, null);
  return exchanges;
}
