import { describe, expect, it } from 'vitest';
import { parseAnswersParam, stepPath } from '@/lib/paths';
import { allPaths } from '@/lib/wizard/navigate';
import type { WizardTree } from '@/lib/wizard/schema';
import { checkAnswersLeadTo, decideStepPath, resolveStep } from '@/lib/wizard/url';
import { loadTree } from './load-fixture';

function tree(): WizardTree {
  return loadTree('windows-auth-login').tree;
}

/** What the step page gets from a link: the step segment and the decoded `answers` parameter. */
function readUrl(url: string): { stepId: string; answers: string | null } {
  const parsed = new URL(url, 'https://fixpath.example');
  return { stepId: parsed.pathname.split('/').pop() ?? '', answers: parsed.searchParams.get('answers') };
}

describe('stepPath', () => {
  it('puts the answers in one readable parameter, and none at the start', () => {
    expect(stepPath('windows-auth-login', 'which-browsers', [])).toBe('/wizard/windows-auth-login/which-browsers');
    expect(
      stepPath('windows-auth-login', 'negotiate-enabled', [
        { questionId: 'which-browsers', optionId: 'only-ie-edge' },
        { questionId: 'can-reach-dc', optionId: 'reachable' },
      ]),
    ).toBe('/wizard/windows-auth-login/negotiate-enabled?answers=which-browsers:only-ie-edge,can-reach-dc:reachable');
  });
});

describe('parseAnswersParam', () => {
  it('reads pairs and ignores empty parts and a missing parameter', () => {
    expect(parseAnswersParam(null)).toEqual({ ok: true, answers: [] });
    expect(parseAnswersParam(undefined)).toEqual({ ok: true, answers: [] });
    expect(parseAnswersParam(',a:b,, c:d ,')).toEqual({
      ok: true,
      answers: [
        { questionId: 'a', optionId: 'b' },
        { questionId: 'c', optionId: 'd' },
      ],
    });
  });

  it('marks malformed parts without throwing and keeps the good ones', () => {
    expect(parseAnswersParam('a:b,nocolon,a:b:c,:x,Bad:Case,q:<script>')).toEqual({
      ok: false,
      answers: [{ questionId: 'a', optionId: 'b' }],
      malformed: ['nocolon', 'a:b:c', ':x', 'Bad:Case', 'q:<script>'],
      reason: "This link has malformed answers: 'nocolon', 'a:b:c', ':x', 'Bad:Case', 'q:<script>'",
    });
  });
});

describe('resolveStep', () => {
  it('finds live nodes, follows redirects and reports the rest as missing', () => {
    const t = tree();
    const live = resolveStep(t, 'can-reach-dc');
    expect(live.kind === 'node' && live.node.id).toBe('can-reach-dc');
    expect(resolveStep(t, 'browser-check')).toEqual({ kind: 'redirect', to: 'which-browsers' });
    expect(resolveStep(t, 'no-such-step')).toEqual({ kind: 'missing' });
  });

  it('follows a chain of redirects to the live node, and treats a loop as missing', () => {
    const t = loadTree('redirect-chain').tree;
    expect(resolveStep(t, 'oldest')).toEqual({ kind: 'redirect', to: 'done' });
    expect(resolveStep(t, 'ping')).toEqual({ kind: 'missing' });
  });

  it('prefers a live node over a redirect with the same id', () => {
    const live = resolveStep(loadTree('redirect-id-still-live').tree, 'done');
    expect(live).toMatchObject({ kind: 'node', node: { type: 'outcome', title: 'Done' } });
  });
});

describe('decideStepPath', () => {
  const t = tree();
  const findTree = (id: string) => (id === t.id ? t : undefined);
  const decide = (pathname: string) => decideStepPath(pathname, findTree, new URLSearchParams());

  it('answers a step that does not exist with the 404 page, naming its troubleshooter', () => {
    for (const pathname of [`/wizard/${t.id}/no-such-step`, `/wizard/${t.id}/no-such-step/`, `/wizard/${t.id}/%E0%A4%A`]) {
      const decision = decide(pathname);
      expect(decision.action, pathname).toBe('not-found');
      expect(decision.action === 'not-found' && decision.missingStepOf?.id, pathname).toBe(t.id);
    }
  });

  it('answers a step of an unknown troubleshooter with the plain 404 page', () => {
    expect(decide(`/wizard/no-such-tree/${t.start}`)).toEqual({ action: 'not-found' });
  });

  it('moves an old id to the live step it names, following chains of redirects', () => {
    expect(decide(`/wizard/${t.id}/browser-check`)).toEqual({ action: 'moved', to: `/wizard/${t.id}/which-browsers` });
    const chained: WizardTree = { ...t, redirects: { ...t.redirects, older: 'browser-check' } };
    expect(decideStepPath(`/wizard/${t.id}/older`, () => chained)).toEqual({ action: 'moved', to: `/wizard/${t.id}/which-browsers` });
  });

  it('lets live steps, the tree’s other pages and other paths render', () => {
    for (const pathname of [
      `/wizard/${t.id}/can-reach-dc`,
      `/wizard/${t.id}/map`,
      `/wizard/${t.id}/tree.json`,
      `/wizard/${t.id}`,
      '/wizard/no-such-tree',
      `/articles/${t.id}`,
    ]) {
      expect(decide(pathname), pathname).toEqual({ action: 'render' });
    }
  });
});

describe('checkAnswersLeadTo', () => {
  it('round-trips every path: encode, read back, check', () => {
    const t = tree();
    for (const path of allPaths(t)) {
      const { stepId, answers } = readUrl(stepPath(t.id, path.outcomeId, path.answers));
      const parsed = parseAnswersParam(answers);
      const check = checkAnswersLeadTo(t, stepId, parsed.answers);
      expect(parsed.ok).toBe(true);
      expect(check.ok && check.node.id).toBe(path.outcomeId);
      expect(check.ok && check.answers).toEqual(path.answers);
    }
  });

  it('explains tampered answers in a sentence', () => {
    const t = tree();
    const check = (stepId: string, answers: string) => checkAnswersLeadTo(t, stepId, parseAnswersParam(answers).answers);
    expect(check('can-reach-dc', 'which-browsers:only-chrome')).toEqual({
      ok: false,
      reason: "Unknown answer 'only-chrome' to question 'which-browsers'",
    });
    expect(check('server-providers', 'which-browsers:only-ie-edge')).toEqual({
      ok: false,
      reason: 'These answers lead to a different step',
      leadsTo: 'can-reach-dc',
    });
    expect(check('negotiate-enabled', 'can-reach-dc:reachable')).toEqual({
      ok: false,
      reason: "The answer to 'can-reach-dc' is out of order: the question at that point is 'which-browsers'",
    });
    expect(check('fix-network', 'which-browsers:only-ie-edge,can-reach-dc:unreachable,fix-network:more')).toEqual({
      ok: false,
      reason: "There are more answers than questions: the answers already end at 'fix-network'",
    });
    expect(check('which-browsers', 'which-os:windows')).toEqual({ ok: false, reason: "Unknown question 'which-os'" });
    expect(check('no-such-step', '')).toEqual({ ok: false, reason: "Unknown step 'no-such-step'" });
  });

  it('maps renamed question ids and step ids through the redirects', () => {
    const t = tree();
    const check = checkAnswersLeadTo(t, 'providers', [{ questionId: 'browser-check', optionId: 'all-browsers' }]);
    expect(check.ok && check.node.id).toBe('server-providers');
    expect(check.ok && check.answers).toEqual([{ questionId: 'which-browsers', optionId: 'all-browsers' }]);
    expect(check.ok && stepPath(t.id, check.node.id, check.answers)).toBe(
      '/wizard/windows-auth-login/server-providers?answers=which-browsers:all-browsers',
    );
  });
});
