import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/diagnose/analyze';
import { EVIDENCE_IDS, type EvidenceId } from '@/lib/capture-evidence';
import { suggestForTree } from '@/lib/diagnose/troubleshooter';
import { englishFinding } from '@/lib/i18n/english-finding-words';
import { nodeIndex } from '@/lib/wizard/graph';
import type { WizardTree } from '@/lib/wizard/schema';
import type { WizardAnswer } from '@/lib/wizard/session';
import { stepPath } from '@/lib/paths';
import { checkAnswersLeadTo } from '@/lib/wizard/url';
import { FIXTURES, kerberosRefusedBy, ntlmBy, publishedTree, readAuthFixture, silentBy, UA, get, KERBEROS } from './fixtures';

const tree = publishedTree();
function suggestion(text: string) {
  const analysis = analyze(text, { trees: [tree] });
  return { answers: analysis.suggestedAnswers, step: analysis.suggestedStep, outcome: analysis.suggestedOutcome };
}

function expectReplays(answers: readonly WizardAnswer[], step: string | null, on: WizardTree = tree) {
  const check = checkAnswersLeadTo(on, step ?? '', answers);
  expect(check.ok, check.ok ? '' : check.reason).toBe(true);
}

describe('suggestions against the published windows-auth-login tree', () => {
  it('Edge refused with Kerberos while Chrome signed in (HAR fixture): Edge, Chrome signs in, so the policies differ (not Negotiate)', () => {
    const result = suggestion(readAuthFixture(FIXTURES.harTwoBrowsers));
    expect(result).toEqual({
      answers: [
        { questionId: 'which-browsers-fail', optionId: 'microsoft-edge' },
        { questionId: 'does-chrome-sign-in', optionId: 'chrome-signs-in' },
      ],
      step: 'fix-chromium-policies',
      outcome: 'fix-chromium-policies',
    });
    expectReplays(result.answers, result.step);
    expect(stepPath(tree.id, result.step ?? '', result.answers)).toBe(
      '/wizard/windows-auth-login/fix-chromium-policies?answers=which-browsers-fail:microsoft-edge,does-chrome-sign-in:chrome-signs-in',
    );
  });

  it('Internet Explorer refused with Kerberos while Chrome signed in: IE or IE mode, then the EnableNegotiate test', () => {
    const result = suggestion(`${kerberosRefusedBy(UA.ie)}\n${ntlmBy(UA.chrome)}`);
    expect(result).toEqual({
      answers: [{ questionId: 'which-browsers-fail', optionId: 'ie-or-ie-mode' }],
      step: 'can-reach-domain-controller',
      outcome: 'fix-client-registry',
    });
    expectReplays(result.answers, result.step);
  });

  it('Chrome refused with Kerberos while Edge signed in: Chrome, Edge signs in, so the policies differ', () => {
    expect(suggestion(`${kerberosRefusedBy(UA.chrome)}\n${ntlmBy(UA.edge)}`)).toEqual({
      answers: [
        { questionId: 'which-browsers-fail', optionId: 'google-chrome' },
        { questionId: 'does-edge-sign-in', optionId: 'edge-signs-in' },
      ],
      step: 'fix-chromium-policies',
      outcome: 'fix-chromium-policies',
    });
  });

  it('Edge and Chrome both refused with Kerberos while Internet Explorer signed in: Edge, Chrome fails too, then the AuthSchemes test', () => {
    const result = suggestion(`${kerberosRefusedBy(UA.edge)}\n${kerberosRefusedBy(UA.chrome)}\n${ntlmBy(UA.ie)}`);
    expect(result).toEqual({
      answers: [
        { questionId: 'which-browsers-fail', optionId: 'microsoft-edge' },
        { questionId: 'does-chrome-sign-in', optionId: 'chrome-fails-too' },
        { questionId: 'chromium-what-happens', optionId: 'rejects-password' },
      ],
      step: 'chromium-negotiate-test',
      outcome: 'fix-chromium-policies',
    });
    expectReplays(result.answers, result.step);
  });

  it('one browser refused with Kerberos: no answer is decided; the outcome is that browser\'s own first step', () => {
    expect(suggestion(kerberosRefusedBy(UA.ie))).toEqual({ answers: [], step: tree.start, outcome: 'fix-client-registry' });
    expect(suggestion(kerberosRefusedBy(UA.edge))).toEqual({ answers: [], step: tree.start, outcome: 'fix-chromium-policies' });
    expect(suggestion(kerberosRefusedBy(UA.chrome))).toEqual({ answers: [], step: tree.start, outcome: 'fix-chromium-policies' });
  });

  it('Internet Explorer and Edge both refused while Firefox signed in: two engines, so the first question is left to the user', () => {
    const result = suggestion(`${kerberosRefusedBy(UA.ie)}\n${kerberosRefusedBy(UA.edge)}\n${ntlmBy(UA.firefox)}`);
    expect(result.answers).toEqual([]);
    expect(result.step).toBe(tree.start);
  });

  it('IE and Chrome both refused with 401: every browser, then the Kerberos signs the user must check', () => {
    const result = suggestion(`${kerberosRefusedBy(UA.ie)}\n${kerberosRefusedBy(UA.chrome)}`);
    expect(result).toEqual({
      answers: [
        { questionId: 'which-browsers-fail', optionId: 'every-browser' },
        { questionId: 'what-goes-wrong', optionId: 'error-401' },
      ],
      step: 'kerberos-signs',
      outcome: null,
    });
    expectReplays(result.answers, result.step);
  });

  it('Chrome refused while IE signed in: Chrome, and the AuthSchemes test is the next step', () => {
    expect(suggestion(`${kerberosRefusedBy(UA.chrome)}\n${ntlmBy(UA.ie)}`)).toMatchObject({
      answers: [{ questionId: 'which-browsers-fail', optionId: 'google-chrome' }],
      step: 'does-edge-sign-in',
      outcome: 'fix-chromium-policies',
    });
  });

  it('Firefox never answered the challenge while Edge signed in: only Firefox fails', () => {
    const analysis = analyze(`${silentBy(UA.firefox)}\n${ntlmBy(UA.edge)}`, { trees: [tree] });
    const silent = analysis.findings.find((finding) => finding.id === 'no-credentials-sent');
    expect(silent && englishFinding(silent).message).toBe(
      'The server asked for Windows sign-in, but the browser (Firefox) never answered with credentials.',
    );
    expect(analysis).toMatchObject({
      suggestedAnswers: [{ questionId: 'which-browsers-fail', optionId: 'only-firefox' }],
      suggestedOutcome: 'fix-firefox',
    });
  });

  it('a browser that never answered: the zone settings for IE, the allowlist for Edge and Chrome', () => {
    expect(suggestion(silentBy(UA.ie)).outcome).toBe('fix-zone-settings');
    expect(suggestion(silentBy(UA.edge)).outcome).toBe('fix-chromium-allowlist');
    expect(suggestion(silentBy(UA.chrome)).outcome).toBe('fix-chromium-allowlist');
  });

  it('Edge never answered while Internet Explorer signed in: Edge, then "asks for a password" leads to the allowlist', () => {
    const result = suggestion(`${silentBy(UA.edge)}\n${ntlmBy(UA.ie)}`);
    expect(result).toMatchObject({
      answers: [{ questionId: 'which-browsers-fail', optionId: 'microsoft-edge' }],
      step: 'does-chrome-sign-in',
      outcome: 'fix-chromium-allowlist',
    });
    expectReplays(result.answers, result.step);
  });

  it('NTLM refused: not the problem this troubleshooter covers', () => {
    expect(suggestion(ntlmBy(UA.ie, 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: NTLM\n'))).toEqual({
      answers: [],
      step: tree.start,
      outcome: 'not-covered',
    });
  });

  it('HTTP 400 after a Kerberos token: the token-size fix', () => {
    expect(suggestion(`${get(UA.ie, `Authorization: Negotiate ${KERBEROS}`)}\nHTTP/1.1 400 Bad Request\n`).outcome).toBe('fix-token-too-large');
  });

  it('a sign-in that worked suggests nothing', () => {
    for (const name of [FIXTURES.curlNegotiateAndNtlm, FIXTURES.curlVerboseKerberos]) {
      expect(suggestion(readAuthFixture(name))).toEqual({ answers: [], step: tree.start, outcome: null });
    }
  });

  it('every fixture yields answers that replay and an outcome that exists', () => {
    for (const name of Object.values(FIXTURES)) {
      const result = suggestion(readAuthFixture(name));
      expectReplays(result.answers, result.step);
      if (result.outcome) expect(nodeIndex(tree).get(result.outcome)?.type).toBe('outcome');
    }
  });
});

describe('suggestForTree keeps to what the tree allows', () => {
  const evidence = (...ids: EvidenceId[]): ReadonlySet<EvidenceId> => new Set(ids);

  it('follows decided answers down the tree, as far as they go (a Kerberos clock error)', () => {
    const result = suggestForTree(tree, evidence('every-browser-fails', 'kerberos-refused', 'krb-ap-err-skew'));
    expect(result).toMatchObject({ step: 'fix-clock-skew', outcome: 'fix-clock-skew' });
    expect(result.answers).toHaveLength(3);
    expectReplays(result.answers, result.step);
  });

  it('for any evidence, answers replay and the outcome is reachable', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 300; round++) {
      const result = suggestForTree(tree, new Set(EVIDENCE_IDS.filter(() => random() < 0.3)));
      expectReplays(result.answers, result.step);
      if (result.outcome) expect(nodeIndex(tree).get(result.outcome)?.type).toBe('outcome');
    }
  });

  it('drops an outcome the tree no longer has', () => {
    const without = structuredClone(tree);
    without.nodes = without.nodes.filter((node) => node.id !== 'fix-client-registry');
    expect(suggestForTree(without, evidence('ie-kerberos-refused')).outcome).toBeNull();
  });

  it('suggests nothing in a troubleshooter that declares no evidence', () => {
    const plain = structuredClone(tree);
    for (const node of plain.nodes) {
      if (node.type === 'outcome') delete node.evidence;
      else for (const option of node.options) delete option.evidence;
    }
    expect(suggestForTree(plain, evidence('every-browser-fails', 'kerberos-refused'))).toEqual({ outcome: null, answers: [], step: tree.start });
  });

  it('without a tree, analyze suggests no troubleshooter, answer or outcome', () => {
    expect(analyze(readAuthFixture(FIXTURES.harTwoBrowsers))).toMatchObject({
      suggestedTree: null,
      suggestedOutcome: null,
      suggestedAnswers: [],
      suggestedStep: null,
    });
  });
});
