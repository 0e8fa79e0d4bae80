import { authHeaderName, isCredentialHeader } from './headers';
import type { RawExchange, RawHeader, RawMessage, ReadResult } from './input-model';
import { harEntrySource, harTextSource } from './evidence';
import { phrase, type Phrase } from './phrase';
import type { DiagnoseLimits } from './types';

type Json = Record<string, unknown>;

/**
 * Reads a HAR 1.2 file: one exchange per entry, paired by the file itself. Returns null when the
 * text is not JSON with `log.entries`; JSON that is cut short is read for loose headers instead.
 */
export function readHar(text: string, limits: DiagnoseLimits): ReadResult | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return /"(entries|headers)"\s*:/.test(text.slice(0, 65536)) ? readHarFragments(text) : null;
  }
  const log = field(parsed, 'log');
  const entries = field(log, 'entries');
  if (!Array.isArray(entries)) return null;
  const skipped: Phrase[] = [];
  const count = Math.min(entries.length, limits.maxHarEntries);
  if (entries.length > count) skipped.push(phrase('skippedHarEntries', { count: entries.length - count, max: count }));
  const exchanges: RawExchange[] = [];
  let headersCut = 0;
  for (let i = 0; i < count; i++) {
    const entry = entries[i];
    const requestJson = field(entry, 'request');
    const responseJson = field(entry, 'response');
    const request = requestJson ? message('request', requestJson, 2 * i, i + 1, limits) : null;
    const response = responseJson ? message('response', responseJson, 2 * i + 1, i + 1, limits) : null;
    headersCut += (request?.cut ?? 0) + (response?.cut ?? 0);
    exchanges.push({ request: request?.message ?? null, response: response?.message ?? null, position: 2 * i, loose: false });
  }
  if (headersCut > 0) skipped.push(phrase('skippedHeaders', { count: headersCut, max: limits.maxHeadersPerMessage }));
  return { format: 'har', exchanges, bareTokens: [], skipped, clientHint: browserHint(log), iisLog: [], nearMiss: null };
}

function message(
  role: 'request' | 'response',
  json: unknown,
  position: number,
  entry: number,
  limits: DiagnoseLimits,
): { message: RawMessage; cut: number } {
  const list = field(json, 'headers');
  const headers: RawHeader[] = [];
  const all = Array.isArray(list) ? list : [];
  for (const item of all.slice(0, limits.maxHeadersPerMessage)) {
    const name = field(item, 'name');
    const value = field(item, 'value');
    if (typeof name === 'string' && typeof value === 'string') headers.push({ name, value, position });
  }
  const method = field(json, 'method');
  const url = field(json, 'url');
  const status = field(json, 'status');
  return {
    message: {
      role,
      method: typeof method === 'string' ? method : null,
      url: typeof url === 'string' ? url : null,
      // Browsers write status 0 for requests that never got a response.
      status: typeof status === 'number' && status > 0 ? status : null,
      headers,
      position,
      source: harEntrySource(entry, role),
    },
    cut: Math.max(0, all.length - limits.maxHeadersPerMessage),
  };
}

const FRAGMENT = /"name"\s*:\s*"([A-Za-z-]{6,20})"\s*,\s*"value"\s*:\s*"((?:[^"\\\n]|\\.){0,200000})"/g;

// A HAR cut short (a paste that lost its end) is not JSON; its auth headers can still be read
// one by one, without knowing which response answered which request.
function readHarFragments(text: string): ReadResult {
  const exchanges: RawExchange[] = [];
  for (const match of text.matchAll(FRAGMENT)) {
    const name = authHeaderName(match[1] ?? '');
    if (!name) continue;
    const position = match.index ?? 0;
    const header = { name, value: unescapeJson(match[2] ?? ''), position };
    const role = isCredentialHeader(name) ? 'request' : 'response';
    const raw: RawMessage = { role, method: null, url: null, status: null, headers: [header], position, source: harTextSource(position) };
    exchanges.push({ request: role === 'request' ? raw : null, response: role === 'response' ? raw : null, position, loose: true });
  }
  const note = phrase('skippedHarNotJson');
  return { format: 'har-fragments', exchanges, bareTokens: [], skipped: [note], clientHint: null, iisLog: [], nearMiss: null };
}

function unescapeJson(value: string): string {
  try {
    const parsed: unknown = JSON.parse(`"${value}"`);
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}

function browserHint(log: unknown): string | null {
  const name = field(field(log, 'browser'), 'name') ?? field(field(log, 'creator'), 'name');
  if (typeof name !== 'string') return null;
  const lower = name.toLowerCase();
  if (lower.includes('firefox')) return 'Firefox';
  if (lower.includes('edge')) return 'Edge';
  if (lower.includes('internet explorer')) return 'Internet Explorer';
  if (lower.includes('chrome')) return 'Chrome';
  return null;
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json)[key] : undefined;
}
