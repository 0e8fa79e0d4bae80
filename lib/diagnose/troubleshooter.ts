import { nodeIndex, successors } from '../wizard/graph';
import type { WizardNode, WizardTree } from '../wizard/schema';
import type { WizardAnswer } from '../wizard/session';
import { checkAnswersLeadTo } from '../wizard/url';
import { isBrowser } from './client';
import type { Attempt } from './handshake';
import type { Exchange, Finding, FindingId, TokenEntry } from './types';

/** The troubleshooter whose questions and outcomes the findings map to. */
export const TROUBLESHOOTER_ID = 'windows-auth-login';

/** What the headers decide, in the troubleshooter's vocabulary, before it is checked against a tree. */
export interface TroubleshooterEvidence {
  /** Options the capture decides, by question id; any question not listed is left to the user. */
  answers: Record<string, string>;
  /** Outcomes the evidence points to, most specific first. */
  outcomes: string[];
}

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

// RFC 4120 error codes that decide the "signs of a Kerberos problem" question.
const KRB_AP_ERR_SKEW = 37;
const KRB_AP_ERR_MODIFIED = 41;

/**
 * Translates findings into answers and outcomes. Headers never show whether a computer can reach a
 * domain controller, how many people are affected or who runs the server, so those questions are
 * never answered here. Which browser fails is answered only when the input holds more than one
 * browser and the failing ones belong to one of the first question's engines (Internet Explorer,
 * Edge, Chrome, Firefox); whether the other Chromium browser signs in, only when it is in the input.
 */
export function evidenceFrom({ findings, attempts, offered, tokens, exchanges }: EvidenceInput): TroubleshooterEvidence {
  const has = (id: FindingId) => findings.some((finding) => finding.id === id);
  const answers: Record<string, string> = {};
  const unanswered = findings.find((finding) => finding.id === 'no-credentials-sent');
  const silent = (unanswered?.exchanges ?? []).map((index) => exchanges[index]?.client ?? null);
  Object.assign(answers, browserAnswers(attempts, silent));
  if (has('request-too-large')) {
    answers['what-goes-wrong'] = 'http-400';
    answers['chromium-what-happens'] = 'something-else';
  } else if (has('kerberos-refused') || has('ntlm-refused')) {
    answers['what-goes-wrong'] = 'error-401';
    answers['chromium-what-happens'] = 'rejects-password';
  } else if (has('no-credentials-sent')) {
    answers['what-goes-wrong'] = 'password-prompt';
    answers['chromium-what-happens'] = 'asks-for-password';
  }
  const errors = new Set(tokens.map((token) => token.kerberos?.errorCode));
  if (errors.has(KRB_AP_ERR_SKEW)) answers['kerberos-signs'] = 'clock-differs';
  else if (errors.has(KRB_AP_ERR_MODIFIED)) answers['kerberos-signs'] = 'spn-problem';

  const outcomes: string[] = [];
  if (has('request-too-large')) outcomes.push('fix-token-too-large');
  if (errors.has(KRB_AP_ERR_SKEW)) outcomes.push('fix-clock-skew');
  if (errors.has(KRB_AP_ERR_MODIFIED)) outcomes.push('fix-spn');
  if (has('ntlm-refused')) outcomes.push('not-covered');
  const clientOf = (attempt: Attempt) => attempt.exchange.client ?? '';
  const recovered = (client: string) => attempts.some((attempt) => clientOf(attempt) === client && attempt.result === 'accepted');
  // Kerberos refused to a client that never got in, with NTLM on offer: the case a one-computer test
  // confirms. Internet Explorer's test is EnableNegotiate; Edge and Chrome don't read it, and their
  // first step is reading their policies and the SPN they asked for.
  const refusedKerberos = offered.has('NTLM')
    ? attempts.filter((attempt) => attempt.mechanism === 'kerberos' && attempt.result === 'refused' && !recovered(clientOf(attempt))).map(clientOf)
    : [];
  if (refusedKerberos.includes('Internet Explorer')) outcomes.push('fix-client-registry');
  if (refusedKerberos.some(isChromium)) outcomes.push('fix-chromium-policies');
  if (unanswered) outcomes.push(promptOutcome(silent));
  return { answers, outcomes };
}

/**
 * Walks `tree` from its start, taking the evidence's answer at each question for as long as there
 * is one and the tree has that option. The outcome is the one the walk reaches, or else the first
 * suggested outcome that exists and can still be reached from where it stopped. A changed tree
 * therefore yields fewer suggestions, never a link that does not replay.
 */
export function suggestForTree(tree: WizardTree, evidence: TroubleshooterEvidence): TroubleshooterSuggestion {
  const none = { outcome: null, answers: [], step: tree.start };
  if (tree.id !== TROUBLESHOOTER_ID) return none;
  const nodes = nodeIndex(tree);
  const answers: WizardAnswer[] = [];
  let node: WizardNode | undefined = nodes.get(tree.start);
  const visited = new Set<string>();
  while (node?.type === 'question' && !visited.has(node.id)) {
    visited.add(node.id);
    const optionId = evidence.answers[node.id];
    const option = node.options.find((candidate) => candidate.id === optionId);
    if (!option) break;
    answers.push({ questionId: node.id, optionId: option.id });
    node = nodes.get(option.next);
  }
  if (!node) return none;
  if (!checkAnswersLeadTo(tree, node.id, answers).ok) return none;
  if (node.type === 'outcome') return { outcome: node.id, answers, step: node.id };
  const from = node.id;
  const outcome = evidence.outcomes.find((id) => nodes.get(id)?.type === 'outcome' && reachable(tree, from, id)) ?? null;
  return { outcome, answers, step: from };
}

// Answers to the first question, and to the Chromium follow-up, when the input shows more than one
// browser: those that only failed (or never answered a challenge) against those that signed in. The
// first question names engines, so only failures within one engine answer it; Edge and Chrome failing
// together answer "Edge", then "Chrome fails too". Edge Legacy has no option: it stays unanswered.
function browserAnswers(attempts: readonly Attempt[], silent: readonly (string | null)[]): Record<string, string> {
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
  const question = 'which-browsers-fail';
  if (failed.length === 0) return {};
  if (succeeded.length === 0) return failed.length >= 2 ? { [question]: 'every-browser' } : {};
  const only = (...families: string[]) => failed.every((client) => families.includes(client));
  if (only('Internet Explorer')) return { [question]: 'ie-or-ie-mode' };
  if (only('Firefox')) return { [question]: 'only-firefox' };
  if (only('Edge', 'Chrome')) {
    if (failed.includes('Edge') && failed.includes('Chrome')) return { [question]: 'microsoft-edge', 'does-chrome-sign-in': 'chrome-fails-too' };
    if (failed.includes('Edge')) return { [question]: 'microsoft-edge', ...(succeeded.includes('Chrome') ? { 'does-chrome-sign-in': 'chrome-signs-in' } : {}) };
    return { [question]: 'google-chrome', ...(succeeded.includes('Edge') ? { 'does-edge-sign-in': 'edge-signs-in' } : {}) };
  }
  return {};
}

function isChromium(client: string): boolean {
  return client === 'Edge' || client === 'Chrome';
}

// Where a browser that never answered the challenge is told which sites it may sign in to.
function promptOutcome(clients: readonly (string | null)[]): string {
  if (clients.includes('Firefox')) return 'fix-firefox';
  if (clients.includes('Chrome') || clients.includes('Edge')) return 'fix-chromium-allowlist';
  return 'fix-zone-settings';
}

function reachable(tree: WizardTree, from: string, to: string): boolean {
  const nodes = nodeIndex(tree);
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (id === to) return true;
    const node = nodes.get(id);
    for (const next of node ? successors(node) : []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}
