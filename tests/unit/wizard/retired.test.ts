import { describe, expect, it } from 'vitest';
import { describeChangedQuestion, findRetiredAnswer } from '@/lib/wizard/retired';
import type { WizardTree } from '@/lib/wizard/schema';
import type { WizardAnswer } from '@/lib/wizard/session';
import { stepPath, parseAnswersParam, parseChangedQuestion } from '@/lib/paths';
import { decideStepPath } from '@/lib/wizard/url';
import { loadTree } from './load-fixture';

/** `q:o,q:o` as a link writes answers. */
function answers(text: string): WizardAnswer[] {
  return parseAnswersParam(text).answers;
}

/** The fixture, with the second question's old option `nobody` retired too. */
function treeRetiringLaterOption(): WizardTree {
  const tree = loadTree('browser-scoped').tree;
  return { ...tree, retiredOptions: { ...tree.retiredOptions, 'who-can-change': ['nobody'] } };
}

describe('findRetiredAnswer', () => {
  const tree = loadTree('browser-scoped').tree;

  it('sends an answer to a renamed question with a retired option back to that question, dropping the rest', () => {
    expect(findRetiredAnswer(tree, answers('browser-question:only-ie-or-edge,who-can-change:this-computer'))).toEqual({
      askAt: 'which-browser',
      kept: [],
      changed: 'which-browser',
      dropped: answers('who-can-change:this-computer'),
    });
  });

  it('keeps the answers before a retired one, with current ids, and drops only those after it', () => {
    const found = findRetiredAnswer(treeRetiringLaterOption(), answers('browser-question:edge,who-can-change:nobody,gone:later'));
    expect(found).toEqual({
      askAt: 'who-can-change',
      kept: answers('which-browser:edge'),
      changed: 'who-can-change',
      dropped: answers('gone:later'),
    });
  });

  it('finds nothing in answers that are all live, or whose earlier answers do not lead to the question', () => {
    expect(findRetiredAnswer(tree, answers('which-browser:edge,who-can-change:this-computer'))).toBeUndefined();
    expect(findRetiredAnswer(tree, answers('who-can-change:this-computer,which-browser:only-chromium'))).toBeUndefined();
    expect(findRetiredAnswer(loadTree('windows-auth-login').tree, answers('which-browsers:only-ie-edge'))).toBeUndefined();
  });
});

describe('describeChangedQuestion', () => {
  it('names questions and answers as the user saw them, and falls back to the ids of ones that are gone', () => {
    const tree = loadTree('browser-scoped').tree;
    expect(describeChangedQuestion(tree, 'which-browser', answers('who-can-change:this-computer,who-can-change:nobody,gone:later'))).toEqual({
      question: 'Which browser fails to sign you in?',
      dropped: [
        { question: 'What can you change?', answer: 'Only this computer', known: true },
        { question: 'What can you change?', answer: 'nobody', known: false },
        { question: 'gone', answer: 'later', known: false },
      ],
    });
    expect(describeChangedQuestion(tree, 'no-such-question', []).question).toBe('no-such-question');
  });
});

describe('changed-question URLs', () => {
  it('round-trips the changed question and the dropped answers', () => {
    const changed = { changed: 'who-can-change', dropped: answers('gone:later,who-can-change:nobody') };
    const url = stepPath('browser-scoped', 'who-can-change', answers('which-browser:edge'), changed);
    expect(url).toBe('/wizard/browser-scoped/who-can-change?answers=which-browser:edge&changed=who-can-change&dropped=gone:later,who-can-change:nobody');
    const query = new URL(url, 'https://fixpath.test').searchParams;
    expect(parseChangedQuestion(query)).toEqual(changed);
    expect(parseAnswersParam(query.get('answers')).answers).toEqual(answers('which-browser:edge'));
  });

  it('leaves out what is empty and reads nothing from a missing or malformed `changed`', () => {
    expect(stepPath('t', 'q', [], { changed: 'q', dropped: [] })).toBe('/wizard/t/q?changed=q');
    expect(parseChangedQuestion(new URLSearchParams('changed=q'))).toEqual({ changed: 'q', dropped: [] });
    expect(parseChangedQuestion(new URLSearchParams('answers=a:b'))).toBeUndefined();
    expect(parseChangedQuestion(new URLSearchParams('changed=Not%20An%20Id'))).toBeUndefined();
  });
});

describe('decideStepPath with retired answers (the proxy)', () => {
  const tree = loadTree('browser-scoped').tree;
  const findTree = (id: string) => (id === tree.id ? tree : undefined);
  const decide = (url: string) => {
    const { pathname, searchParams } = new URL(url, 'https://fixpath.test');
    // A page load: the rewrites for answers apply too.
    return decideStepPath(pathname, findTree, { query: searchParams, origin: 'https://fixpath.test', fromRouter: false });
  };

  it('redirects a published link with a retired answer to the changed question, naming what was dropped', () => {
    expect(decide('/wizard/browser-scoped/fix-client?answers=browser-question:only-ie-or-edge,who-can-change:this-computer')).toEqual({
      action: 'redirect',
      to: '/wizard/browser-scoped/which-browser?changed=which-browser&dropped=who-can-change:this-computer',
    });
  });

  it('redirects whatever step the link names, even one that no longer exists: the answers say where the user is', () => {
    expect(decide('/wizard/browser-scoped/no-such-step?answers=which-browser:only-chromium')).toEqual({
      action: 'redirect',
      to: '/wizard/browser-scoped/which-browser?changed=which-browser',
    });
  });

  it('renders the notice route in place of a step whose URL names a changed question', () => {
    expect(decide('/wizard/browser-scoped/which-browser?changed=which-browser&dropped=who-can-change:this-computer')).toEqual({
      action: 'rewrite',
      to: '/wizard/browser-scoped/which-browser/changed',
    });
  });

  it('sends links with live answers to their cached variant, and hides the notice route’s own address', () => {
    expect(decide('/wizard/browser-scoped/fix-client?answers=which-browser:edge,who-can-change:this-computer')).toMatchObject({
      action: 'rewrite',
      to: expect.stringMatching(/^\/wizard\/browser-scoped\/fix-client\/answers\/[\w-]+\/which-browser:edge,who-can-change:this-computer$/),
    });
    expect(decide('/wizard/browser-scoped/which-browser/changed?changed=which-browser')).toEqual({ action: 'not-found' });
  });
});
