import { describeToken } from './handshake';
import type { IisLogEntry } from './iis-log';
import { articleFor401, IIS_401_SUBSTATUSES, WIN32_NAMES, win32Hex, type ArticleLink } from './iis-status';
import { articleLinkText, phrasesOf, type FindingDraft } from './draft-phrases';
import type { NearMiss } from './near-miss';
import type { Exchange, Finding, TokenEntry } from './types';

/** What the input-level findings are read from, beside the handshake. */
export interface InputFindingsSource {
  tokens: readonly TokenEntry[];
  exchanges: readonly Exchange[];
  iisLog: readonly IisLogEntry[];
  nearMiss: NearMiss | null;
}

const SPN_ARTICLE = { slug: 'kerberos-spn-missing-or-duplicate' };
const MAX_LINES_CITED = 5;

/**
 * Findings that stand beside the handshake: the Kerberos service tickets the client obtained, what
 * IIS log lines say, and, when nothing at all was read, what was looked for. Each is written as an
 * id and parameters and put into phrases by draft-phrases.ts.
 */
export function inputFindings({ tokens, exchanges, iisLog, nearMiss }: InputFindingsSource): Finding[] {
  const findings = [...serviceTickets(tokens), ...iis401(iisLog)];
  const nothing = tokens.length === 0 && iisLog.length === 0 && exchanges.every((exchange) => exchange.sent.length === 0 && exchange.offered.length === 0);
  if (nothing) {
    const params = { nearestLine: nearMiss?.line ?? null };
    findings.push(finding({ id: 'nothing-found', params }, nearMiss ? [`line ${nearMiss.line}: ${nearMiss.text}`] : [], [], []));
  }
  return findings;
}

// One finding per service principal name, from every AP-REQ (raw or inside SPNEGO) that names one.
function serviceTickets(tokens: readonly TokenEntry[]): Finding[] {
  const bySpn = new Map<string, TokenEntry[]>();
  for (const token of tokens) {
    const kerberos = token.kerberos;
    if (kerberos?.message !== 'ap-req' || (!kerberos.service && !kerberos.realm)) continue;
    const spn = kerberos.spn ?? (kerberos.service ? kerberos.service : `…@${kerberos.realm ?? ''}`);
    bySpn.set(spn, [...(bySpn.get(spn) ?? []), token]);
  }
  return [...bySpn].map(([spn, list]) => {
    const first = list[0] as TokenEntry;
    const params = {
      spn,
      realm: first.kerberos?.realm ?? null,
      service: first.kerberos?.service ?? null,
      namesCut: first.kerberos?.namesCut ?? false,
      declaredLength: first.declaredLength ?? null,
      byteLength: first.byteLength,
    };
    const evidence = list.map((token) => `token ${token.index + 1} (${token.source}): ${describeToken(token)}`);
    const exchangeIds = [...new Set(list.flatMap((token) => (token.exchange === null ? [] : [token.exchange])))];
    return { ...finding({ id: 'kerberos-service-ticket', params }, evidence, exchangeIds, list.map((token) => token.index)), article: linked(SPN_ARTICLE) };
  });
}

// One finding per 401 sub-status and Win32 status pair, in the order the log first shows them.
function iis401(entries: readonly IisLogEntry[]): Finding[] {
  const groups = new Map<string, IisLogEntry[]>();
  for (const entry of entries) {
    if (entry.status !== 401) continue;
    const key = `${entry.substatus ?? ''}/${entry.win32 ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as IisLogEntry;
    const { substatus, win32 } = first;
    const lastLine = Math.max(...group.map((entry) => entry.line));
    const laterSuccess = entries.some((entry) => entry.line > lastLine && entry.status >= 200 && entry.status < 400 && entry.uri === first.uri);
    const params = {
      status: 401,
      substatus,
      documented: substatus !== null && IIS_401_SUBSTATUSES.has(substatus),
      win32,
      win32Hex: win32 === null ? null : win32Hex(win32),
      win32Name: win32 === null ? null : (WIN32_NAMES[win32] ?? null),
      count: group.length,
      laterSuccess,
    };
    const evidence = group.slice(0, MAX_LINES_CITED).map((entry) => `line ${entry.line}: ${[entry.method, entry.uri].filter(Boolean).join(' ')} → ${entry.status} ${entry.substatus ?? '-'} ${entry.win32 ?? '-'}`);
    const article = articleFor401(substatus, win32);
    return { ...finding({ id: 'iis-401', params }, evidence, [], []), ...(article ? { article: linked(article) } : {}) };
  });
}

function linked(article: ArticleLink): NonNullable<Finding['article']> {
  return { ...article, text: articleLinkText(article) };
}

function finding(draft: FindingDraft, evidence: string[], exchanges: number[], tokens: number[]): Finding {
  const { message, inference } = phrasesOf(draft);
  return { id: draft.id, message, params: draft.params, evidence, inference, exchanges, tokens };
}
