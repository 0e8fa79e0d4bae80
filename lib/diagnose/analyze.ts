import { declaresEvidence } from '../wizard/graph';
import type { WizardTree } from '../wizard/schema';
import { clientFamily } from './client';
import { buildFindings } from './findings';
import { authHeaderName, isCredentialHeader, splitChallenges, WINDOWS_SCHEMES } from './headers';
import { readInput } from './input';
import { inputFindings } from './input-findings';
import { headerValue, type RawExchange, type RawMessage, type ReadResult } from './input-model';
import { redactToken, redactUrl } from './redact';
import { decodeToken } from './token';
import { evidenceFrom, suggestForTree } from './troubleshooter';
import { INPUT_SOURCE, lineSource, linesSource, sourceLine } from './evidence';
import { phrase, type Phrase } from './phrase';
import {
  DEFAULT_LIMITS,
  type Analysis,
  type AuthHeaderName,
  type AuthItem,
  type DecodedToken,
  type DiagnoseLimits,
  type Exchange,
  type TokenEntry,
} from './types';

/** How to analyse: names and redaction for what is shown, the tree for suggestions, the limits. */
export interface AnalyzeOptions {
  /** Show user, domain, workstation, realm and service names read from tokens. Off by default. */
  includeNames?: boolean;
  /** Show tokens only by their first characters and URLs without query strings. On by default. */
  redact?: boolean;
  /** Troubleshooters to suggest answers in; only those that declare evidence are used. Without them none are given. */
  trees?: readonly WizardTree[];
  limits?: Partial<DiagnoseLimits>;
}

// A token waiting for its index: tokens are numbered in input order once all are found.
interface PendingToken {
  entry: Omit<TokenEntry, 'index'>;
  position: number;
  items: AuthItem[];
}

/**
 * Reads pasted headers, a transcript, `curl -v` output, bare tokens or a HAR file and says what
 * the authentication handshake did. Never throws: anything it cannot read is skipped and listed.
 */
export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const limits: DiagnoseLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const text = typeof input === 'string' ? input : '';
  try {
    if (text.length > limits.maxInputChars) {
      // Numbers, not text: the page writes them the language's way ("12,5 MB" in German).
      const size = Math.round((text.length / 1024 / 1024) * 10) / 10;
      const limit = Math.round(limits.maxInputChars / 1024 / 1024);
      return empty([phrase('skippedInputTooLarge', { size, limit })]);
    }
    return analyzeRead(readInput(text, limits), options, limits);
  } catch (error) {
    // Nothing above should throw; if something does, the caller still gets an answer.
    return empty([phrase('skippedFailed', { error: error instanceof Error ? error.message : String(error) })]);
  }
}

function analyzeRead(read: ReadResult, options: AnalyzeOptions, limits: DiagnoseLimits): Analysis {
  const redact = options.redact ?? true;
  const skipped = [...read.skipped];
  const pending: PendingToken[] = [];
  const exchanges: Exchange[] = [];
  let droppedExchanges = 0;
  let undecoded = 0;
  let tooLong = 0;

  const makeToken = (value: string, header: AuthHeaderName | null, scheme: string | null, position: number, source: string, exchange: number | null) => {
    if (pending.length >= limits.maxTokens) {
      undecoded++;
      return null;
    }
    let decoded: DecodedToken;
    if (value.length > limits.maxTokenChars) {
      tooLong++;
      decoded = { kind: 'unknown', truncated: false, byteLength: 0, note: phrase('tokenNoteTooLong', { max: limits.maxTokenChars }) };
    } else decoded = decodeToken(value, { includeNames: options.includeNames ?? false, maxDepth: limits.maxDepth });
    const { kind, truncated, ...details } = decoded;
    const preview = redact ? redactToken(value) : value;
    const token: PendingToken = {
      entry: { header, scheme, kind, truncated, ...details, exchange, source, preview, base64Length: value.length },
      position,
      items: [],
    };
    pending.push(token);
    return token;
  };

  for (const raw of read.exchanges) {
    if (!isRelevant(raw)) continue;
    if (exchanges.length >= limits.maxExchanges) {
      droppedExchanges++;
      continue;
    }
    const index = exchanges.length;
    const request = raw.request;
    const url = request?.url ?? null;
    const exchange: Exchange = {
      index,
      source: sourceOf(raw),
      method: request?.method ?? null,
      url: url !== null && redact ? redactUrl(url) : url,
      status: raw.response?.status ?? null,
      client: clientFamily(headerValue(request, 'user-agent')) ?? read.clientHint,
      loose: raw.loose,
      sent: [],
      offered: [],
    };
    for (const message of [request, raw.response]) {
      for (const header of message?.headers ?? []) {
        const name = authHeaderName(header.name);
        if (!name) continue;
        for (const challenge of splitChallenges(header.value)) {
          const item: AuthItem = { header: name, scheme: challenge.scheme, hasToken: challenge.token !== null, token: null, kind: null };
          (isCredentialHeader(name) ? exchange.sent : exchange.offered).push(item);
          if (challenge.token === null || !WINDOWS_SCHEMES.has(challenge.scheme)) continue;
          const source = message && sourceLine(message.source) !== undefined ? lineSource(header.position) : (message?.source ?? INPUT_SOURCE);
          makeToken(challenge.token, name, challenge.scheme, header.position, source, index)?.items.push(item);
        }
      }
    }
    exchanges.push(exchange);
  }
  for (const bare of read.bareTokens) {
    const token = makeToken(bare.value, null, null, bare.position, bare.source, null);
    // In a transcript a base64-looking line may be body text; keep it only if it decodes as a token.
    if (token && token.entry.kind === 'unknown' && read.format !== 'tokens') pending.pop();
  }

  const tokens = pending
    .map((token, order) => ({ token, order }))
    .sort((a, b) => a.token.position - b.token.position || a.order - b.order)
    .map(({ token }, index) => {
      for (const item of token.items) {
        item.token = index;
        item.kind = token.entry.kind;
      }
      return { ...token.entry, index } satisfies TokenEntry;
    });
  if (droppedExchanges > 0) skipped.push(phrase('skippedExchanges', { count: droppedExchanges, max: limits.maxExchanges }));
  if (undecoded > 0) skipped.push(phrase('skippedTokens', { count: undecoded, max: limits.maxTokens }));
  if (tooLong > 0) skipped.push(phrase('skippedLongTokens', { count: tooLong, max: limits.maxTokenChars }));

  const handshake = buildFindings(read.format, exchanges, tokens);
  const { attempts, offered } = handshake;
  const findings = [...handshake.findings, ...inputFindings({ tokens, exchanges, iisLog: read.iisLog, nearMiss: read.nearMiss })];
  const suggestion = suggest(options.trees ?? [], evidenceFrom({ findings, attempts, offered, tokens, exchanges }));
  return { format: read.format, tokens, exchanges, findings, ...suggestion, skipped };
}

type Suggested = Pick<Analysis, 'suggestedTree' | 'suggestedOutcome' | 'suggestedAnswers' | 'suggestedStep'>;

// The first tree the capture says something about (an answer or an outcome); else the first that
// declares evidence, at its start, so the page can still offer it.
function suggest(trees: readonly WizardTree[], evidence: ReturnType<typeof evidenceFrom>): Suggested {
  let fallback: Suggested = NO_SUGGESTION;
  for (const tree of trees.filter(declaresEvidence)) {
    const { outcome, answers, step } = suggestForTree(tree, evidence);
    const suggested = { suggestedTree: tree.id, suggestedOutcome: outcome, suggestedAnswers: answers, suggestedStep: step };
    if (outcome !== null || answers.length > 0) return suggested;
    if (fallback === NO_SUGGESTION) fallback = suggested;
  }
  return fallback;
}

const NO_SUGGESTION: Suggested = { suggestedTree: null, suggestedOutcome: null, suggestedAnswers: [], suggestedStep: null };

function isRelevant(raw: RawExchange): boolean {
  const status = raw.response?.status;
  return status === 401 || status === 407 || hasAuthHeader(raw.request) || hasAuthHeader(raw.response);
}

function hasAuthHeader(message: RawMessage | null): boolean {
  return message?.headers.some((header) => authHeaderName(header.name) !== null) ?? false;
}

function sourceOf(raw: RawExchange): string {
  const { request, response } = raw;
  const requestLine = request && sourceLine(request.source);
  const responseLine = response && sourceLine(response.source);
  if (requestLine && responseLine) return linesSource(requestLine, responseLine);
  return (request ?? response)?.source.replace(/, (request|response)$/, '') ?? INPUT_SOURCE;
}

function empty(skipped: Phrase[]): Analysis {
  return {
    format: 'empty',
    tokens: [],
    exchanges: [],
    findings: [],
    ...NO_SUGGESTION,
    skipped,
  };
}
