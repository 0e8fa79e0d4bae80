import { evidenceRank, type EvidenceId } from '../capture-evidence';
import { declaresEvidence, nodeIndex, reachableFrom } from '../wizard/graph';
import { answer, startSession } from '../wizard/navigate';
import type { DeclaredEvidence, OutcomeNode, WizardNode, WizardTree } from '../wizard/schema';
import type { WizardAnswer } from '../wizard/session';
import { isBrowser } from './client';
import type { Attempt } from './handshake';
import type { Exchange, Finding, FindingId, TokenEntry } from './types';

/** Answers that replay from the start, the step they reach, and an outcome reachable from there. */
export interface TroubleshooterSuggestion {
  outcome: string | null;
  answers: WizardAnswer[];
  step: string;
}

/** What evidenceFrom reads: the findings and the attempts behind them. */
export interface EvidenceInput {
  findings: readonly Finding[];
  attempts: readonly Attempt[];
  offered: ReadonlySet<string>;
  tokens: readonly TokenEntry[];
  exchanges: readonly Exchange[];
}

// Findings a tree may name as evidence under their own id.
const FINDING_EVIDENCE = ['request-too-large', 'kerberos-refused', 'ntlm-refused', 'no-credentials-sent'] as const satisfies readonly (FindingId &
  EvidenceId)[];
// RFC 4120 error codes a web server's Kerberos acceptor returns that trees may name.
const KERBEROS_ERROR_EVIDENCE: ReadonlyMap<number, EvidenceId> = new Map([
  [37, 'krb-ap-err-skew'],
  [41, 'krb-ap-err-modified'],
]);

/**
 * What the capture shows, as evidence ids a tree's options and outcomes declare. Headers never show
 * whether a computer can reach a domain controller, how many people are affected or who runs the
 * server, so nothing here answers such questions. Which browser fails is shown only when the input
 * holds more than one browser and the failing ones share an engine (see capture-evidence.ts).
 */
export function evidenceFrom({ findings, attempts, offered, tokens, exchanges }: EvidenceInput): ReadonlySet<EvidenceId> {
  const evidence = new Set<EvidenceId>();
  for (const id of FINDING_EVIDENCE) if (findings.some((finding) => finding.id === id)) evidence.add(id);
  for (const token of tokens) {
    const id = KERBEROS_ERROR_EVIDENCE.get(token.kerberos?.errorCode ?? 0);
    if (id) evidence.add(id);
  }
  const unanswered = findings.find((finding) => finding.id === 'no-credentials-sent');
  const silent = (unanswered?.exchanges ?? []).map((index) => exchanges[index]?.client ?? null);
  if (silent.includes('Firefox')) evidence.add('firefox-sent-no-credentials');
  if (silent.some(isChromium)) evidence.add('chromium-sent-no-credentials');
  const clientOf = (attempt: Attempt) => attempt.exchange.client ?? '';
  const recovered = (client: string) => attempts.some((attempt) => clientOf(attempt) === client && attempt.result === 'accepted');
  // Kerberos refused to a client that never got in, with NTLM on offer: the case a one-computer test
  // confirms. Internet Explorer's test is EnableNegotiate; Edge and Chrome don't read it, and their
  // first step is reading their policies and the SPN they asked for.
  const refusedKerberos = offered.has('NTLM')
    ? attempts.filter((attempt) => attempt.mechanism === 'kerberos' && attempt.result === 'refused' && !recovered(clientOf(attempt))).map(clientOf)
    : [];
  if (refusedKerberos.includes('Internet Explorer')) evidence.add('ie-kerberos-refused');
  if (refusedKerberos.some(isChromium)) evidence.add('chromium-kerberos-refused');
  for (const id of browserEvidence(attempts, silent)) evidence.add(id);
  return evidence;
}

/**
 * Follows `tree` from its start with the engine's own transitions, taking at each question the
 * option whose declared evidence holds, for as long as one does. The outcome is the one the walk
 * reaches, or else the outcome whose evidence holds and that can still be reached from where it
 * stopped. A tree that declares no evidence gets no suggestion; a renamed step keeps its evidence.
 */
export function suggestForTree(tree: WizardTree, evidence: ReadonlySet<EvidenceId>): TroubleshooterSuggestion {
  const none = { outcome: null, answers: [], step: tree.start };
  if (!declaresEvidence(tree)) return none;
  let session = startSession(tree);
  let node: WizardNode | undefined = nodeIndex(tree).get(tree.start);
  // A checked tree has no loop; the bound keeps an unchecked one from spinning.
  while (node?.type === 'question' && session.answers.length < tree.nodes.length) {
    const option = strongest(node.options, evidence);
    const next = option ? answer(tree, session, option.id) : null;
    if (!next?.ok) break;
    ({ session, node } = next);
  }
  if (!node) return none;
  const answers = [...session.answers];
  if (node.type === 'outcome') return { outcome: node.id, answers, step: node.id };
  const reachable = reachableFrom(tree, node.id);
  const outcomes = tree.nodes.filter((candidate): candidate is OutcomeNode => candidate.type === 'outcome' && reachable.has(candidate.id));
  const outcome = strongest(outcomes, evidence);
  return { outcome: outcome?.id ?? null, answers, step: node.id };
}

// The option or outcome whose declared evidence holds and comes first in the order of precedence;
// between two with the same evidence, the first in the file.
function strongest<T extends { evidence?: DeclaredEvidence }>(candidates: readonly T[], evidence: ReadonlySet<EvidenceId>): T | undefined {
  let best: T | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    for (const id of candidate.evidence ?? []) {
      if (evidence.has(id) && evidenceRank(id) < bestRank) {
        best = candidate;
        bestRank = evidenceRank(id);
      }
    }
  }
  return best;
}

// Which browsers failed and which signed in, when the input shows more than one browser: those that
// only failed (or never answered a challenge) against those that signed in. A failure names its
// browser only when every failing browser shares one engine (Edge and Chrome failing together show
// both); Edge Legacy, Opera and Safari have no evidence id and leave the question to the user.
function browserEvidence(attempts: readonly Attempt[], silent: readonly (string | null)[]): EvidenceId[] {
  const states = new Map<string, { failed: boolean; succeeded: boolean }>();
  for (const client of silent) if (client && isBrowser(client)) states.set(client, { failed: true, succeeded: false });
  for (const attempt of attempts) {
    const client = attempt.exchange.client;
    if (!client || !isBrowser(client)) continue;
    const state = states.get(client) ?? { failed: false, succeeded: false };
    if (attempt.result === 'accepted') state.succeeded = true;
    if (attempt.result === 'refused' || attempt.result === 'too-large' || attempt.result === 'no-challenge') state.failed = true;
    states.set(client, state);
  }
  const failed = [...states].filter(([, state]) => state.failed && !state.succeeded).map(([client]) => client);
  const succeeded = [...states].filter(([, state]) => state.succeeded).map(([client]) => client);
  const evidence: EvidenceId[] = [];
  if (succeeded.includes('Edge')) evidence.push('edge-signs-in');
  if (succeeded.includes('Chrome')) evidence.push('chrome-signs-in');
  if (failed.length === 0) return evidence;
  if (succeeded.length === 0) return failed.length >= 2 ? [...evidence, 'every-browser-fails'] : evidence;
  const oneEngine = ENGINES.some((engine) => failed.every((client) => engine.includes(client)));
  return oneEngine ? [...evidence, ...failed.flatMap((client) => FAILS[client] ?? [])] : evidence;
}

// Browsers grouped by the code that signs them in, as the first question groups them.
const ENGINES: readonly (readonly string[])[] = [['Internet Explorer'], ['Edge', 'Chrome'], ['Firefox']];
const FAILS: Readonly<Record<string, EvidenceId>> = {
  'Internet Explorer': 'ie-fails',
  Edge: 'edge-fails',
  Chrome: 'chrome-fails',
  Firefox: 'firefox-fails',
};

function isChromium(client: string | null): boolean {
  return client === 'Edge' || client === 'Chrome';
}
