import { describe, expect, it } from 'vitest';
import { answersStepRoute, parseAnswersParam, parseSitePath, stepPath, unmatchedStepRoute } from '@/lib/paths';
import { allPaths } from '@/lib/wizard/navigate';
import type { WizardTree } from '@/lib/wizard/schema';
import { checkAnswersLeadTo, decideStepPath, optionPath, readStepAnswers, resolveStep, summaryLinks } from '@/lib/wizard/url';
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
  const bareLoad = { query: new URLSearchParams(), origin: 'https://fixpath.example', fromRouter: false };
  const decide = (pathname: string) => decideStepPath(pathname, findTree, bareLoad);

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
    expect(decideStepPath(`/wizard/${t.id}/older`, () => chained, bareLoad)).toEqual({ action: 'moved', to: `/wizard/${t.id}/which-browsers` });
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

  it('says why tampered answers cannot be used, as a message id with the ids the link gives', () => {
    const t = tree();
    const check = (stepId: string, answers: string) => checkAnswersLeadTo(t, stepId, parseAnswersParam(answers).answers);
    expect(check('can-reach-dc', 'which-browsers:only-chrome')).toEqual({
      ok: false,
      reason: { key: 'unknownAnswer', params: { answer: 'only-chrome', question: 'which-browsers' } },
    });
    expect(check('server-providers', 'which-browsers:only-ie-edge')).toEqual({
      ok: false,
      reason: { key: 'leadElsewhere' },
      leadsTo: 'can-reach-dc',
    });
    expect(check('negotiate-enabled', 'can-reach-dc:reachable')).toEqual({
      ok: false,
      reason: { key: 'outOfOrder', params: { question: 'can-reach-dc', expected: 'which-browsers' } },
    });
    expect(check('fix-network', 'which-browsers:only-ie-edge,can-reach-dc:unreachable,fix-network:more')).toEqual({
      ok: false,
      reason: { key: 'tooManyAnswers', params: { outcome: 'fix-network' } },
    });
    expect(check('which-browsers', 'which-os:windows')).toEqual({ ok: false, reason: { key: 'unknownQuestion', params: { question: 'which-os' } } });
    expect(check('no-such-step', '')).toEqual({ ok: false, reason: { key: 'unknownStep', params: { step: 'no-such-step' } } });
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

describe('decideStepPath for a step link with answers', () => {
  const t = tree();
  const findTree = (id: string) => (id === t.id ? t : undefined);
  const origin = 'https://support.example.com';
  const load = (url: string, fromRouter = false) => {
    const { pathname, searchParams } = new URL(url, origin);
    return decideStepPath(pathname, findTree, { query: searchParams, origin, fromRouter });
  };

  it('rewrites a page load whose answers lead to the step to its cached variant, one per way there', () => {
    for (const path of allPaths(t)) {
      expect(load(stepPath(t.id, path.outcomeId, path.answers))).toEqual({
        action: 'rewrite',
        to: answersStepRoute(t.id, path.outcomeId, path.answers, origin),
        keepQuery: false,
      });
    }
  });

  it('normalises the answers, so spellings of one link share one cached page', () => {
    const expected = answersStepRoute(t.id, 'negotiate-enabled', parseAnswersParam('which-browsers:only-ie-edge,can-reach-dc:reachable').answers, origin);
    // A renamed question (browser-check is an old id of which-browsers), spaces, stray commas, other parameters.
    for (const url of [
      `/wizard/${t.id}/negotiate-enabled?answers=browser-check:only-ie-edge,can-reach-dc:reachable`,
      `/wizard/${t.id}/negotiate-enabled?answers=,which-browsers:only-ie-edge,%20can-reach-dc:reachable,&utm_source=ticket`,
    ]) {
      expect(load(url), url).toEqual({ action: 'rewrite', to: expected, keepQuery: false });
    }
  });

  it('sends answers that do not lead to the step, or cannot be read, to the notice rendered per request', () => {
    for (const answers of ['which-browsers:only-chrome', 'which-browsers:only-ie-edge', 'can-reach-dc:reachable', 'which-browsers']) {
      expect(load(`/wizard/${t.id}/server-providers?answers=${answers}`), answers).toEqual({
        action: 'rewrite',
        to: unmatchedStepRoute(t.id, 'server-providers', origin),
      });
    }
  });

  it('leaves bare links, and every request of Next’s router, to the static step', () => {
    expect(load(`/wizard/${t.id}/server-providers`)).toEqual({ action: 'render' });
    expect(load(`/wizard/${t.id}/server-providers?answers=`)).toEqual({ action: 'render' });
    expect(load(`/wizard/${t.id}/can-reach-dc?answers=which-browsers:only-ie-edge`, true)).toEqual({ action: 'render' });
    expect(load(`/wizard/${t.id}/can-reach-dc?answers=which-browsers:only-chrome`, true)).toEqual({ action: 'render' });
  });

  it('answers the internal routes’ own addresses with 404', () => {
    const answers = parseAnswersParam('which-browsers:only-ie-edge').answers;
    for (const route of [answersStepRoute(t.id, 'can-reach-dc', answers, origin), unmatchedStepRoute(t.id, 'can-reach-dc', origin)]) {
      expect(parseSitePath(route), route).toBeDefined();
      expect(load(route), route).toEqual({ action: 'not-found' });
      expect(load(route, true), route).toEqual({ action: 'not-found' });
    }
  });
});

describe('summaryLinks', () => {
  it('goes Back one answer, Restarts with none, and Changes an answer by asking its question again', () => {
    const t = tree();
    const path = allPaths(t).find((candidate) => candidate.answers.length >= 3)!;
    const links = summaryLinks(t, { treeId: t.id, version: t.version, answers: path.answers });
    const before = path.answers.slice(0, -1);
    expect(links.back).toBe(stepPath(t.id, path.answers.at(-1)!.questionId, before));
    expect(links.restart).toBe(stepPath(t.id, t.start));
    expect([...links.change.keys()]).toEqual(path.answers.map((given) => given.questionId));
    path.answers.forEach((given, index) => {
      expect(links.change.get(given.questionId)).toBe(stepPath(t.id, given.questionId, path.answers.slice(0, index)));
    });
  });

  it('has no Back at the first question', () => {
    const t = tree();
    expect(summaryLinks(t, { treeId: t.id, version: t.version, answers: [] })).toEqual({
      back: undefined,
      restart: stepPath(t.id, t.start),
      change: new Map(),
    });
  });
});

describe('optionPath', () => {
  it('carries the answers so far and this one to the next step, or none when the page’s answers do not lead to it', () => {
    const t = tree();
    const start = t.nodes.find((node) => node.id === t.start);
    if (start?.type !== 'question') throw new Error('the fixture starts with a question');
    const option = start.options[0]!;
    expect(optionPath(t.id, start, [], option)).toBe(stepPath(t.id, option.next, [{ questionId: start.id, optionId: option.id }]));
    expect(optionPath(t.id, start, undefined, option)).toBe(stepPath(t.id, option.next));
  });
});

describe('readStepAnswers', () => {
  it('tells a bare link, answers that lead to the step, and answers that cannot be read apart', () => {
    const t = tree();
    expect(readStepAnswers(t, 'can-reach-dc', null)).toMatchObject({ bare: true, answers: [], check: { ok: false } });
    expect(readStepAnswers(t, 'can-reach-dc', 'which-browsers:only-ie-edge')).toMatchObject({ bare: false, check: { ok: true } });
    expect(readStepAnswers(t, 'can-reach-dc', 'which-browsers')).toEqual({
      bare: false,
      answers: undefined,
      check: { ok: false, reason: { key: 'malformed', params: { answers: 'which-browsers' } } },
    });
  });
});
