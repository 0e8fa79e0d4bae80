import { describe, expect, it } from 'vitest';
import type { BrowserScope } from '@/lib/browser-scope';
import { pathScopesByNode } from '@/lib/wizard/graph';
import { replayAnswers } from '@/lib/wizard/navigate';
import { formatProblem } from '@/lib/wizard/parse';
import { validateTreeGraph } from '@/lib/wizard/validate';
import type { FixTarget } from '@/lib/wizard/validate-browsers';
import { articleAnchors, fixtureAndPublishedTrees, fixtureFile, loadTree } from './load-fixture';

/** Fake article procedures: each anchor of the fixtures' article, as the article check would describe it. */
function procedures(scopes: Record<string, BrowserScope | 'heading'>) {
  return (slug: string, id: string): FixTarget | undefined => {
    if (!articleAnchors(slug)?.has(id)) return undefined;
    const scope = scopes[id];
    if (scope === 'heading') return { kind: 'other' };
    return scope === undefined ? { kind: 'procedure' } : { kind: 'procedure', browsers: scope };
  };
}

function browserProblems(name: string, scopes: Record<string, BrowserScope | 'heading'>): string[] {
  const { tree, locate } = loadTree(name);
  const options = { locate, anchorsOf: articleAnchors, fixTargetOf: procedures(scopes) };
  return validateTreeGraph(tree, fixtureFile(name), options).map(formatProblem);
}

const IE_ONLY: BrowserScope = ['ie', 'ie-mode'];

describe('pathScopesByNode', () => {
  it('gives each node the distinct browsers of the paths reaching it, each with the shortest example', () => {
    const scopes = pathScopesByNode(loadTree('browser-scoped').tree);
    expect(scopes.get('which-browser')).toEqual([{ scope: 'any', answers: [] }]);
    expect(scopes.get('fix-client')).toEqual([
      {
        scope: ['ie', 'ie-mode'],
        answers: [
          { questionId: 'which-browser', optionId: 'ie-or-ie-mode' },
          { questionId: 'who-can-change', optionId: 'this-computer' },
        ],
      },
      {
        scope: ['edge'],
        answers: [
          { questionId: 'which-browser', optionId: 'edge' },
          { questionId: 'who-can-change', optionId: 'this-computer' },
        ],
      },
      {
        scope: 'any',
        answers: [
          { questionId: 'which-browser', optionId: 'not-sure' },
          { questionId: 'who-can-change', optionId: 'this-computer' },
        ],
      },
    ]);
    // "Every browser" reaches the server fix in one answer, so that is its example for `any`.
    expect(scopes.get('fix-server')?.find((path) => path.scope === 'any')?.answers).toEqual([
      { questionId: 'which-browser', optionId: 'every-browser' },
    ]);
  });

  it.each(fixtureAndPublishedTrees())('gives every reachable node of %s examples that really lead there', (_file, load) => {
    const tree = load();
    for (const [nodeId, paths] of pathScopesByNode(tree)) {
      for (const path of paths) {
        const replay = replayAnswers(tree, path.answers);
        expect(replay.ok && replay.node.id, `${nodeId} by ${JSON.stringify(path.answers)}`).toBe(nodeId);
      }
    }
  });
});

describe('the browser check of fixes', () => {
  const file = fixtureFile('browser-scoped');

  it('passes when every path is served by its procedure', () => {
    expect(browserProblems('browser-scoped', { 'confirm-disable-negotiate': 'any', 'reorder-providers': 'any' })).toEqual([]);
  });

  it('fails an Edge path and a not-sure path that end at an Internet Explorer procedure, at the fix line', () => {
    expect(browserProblems('browser-scoped', { 'confirm-disable-negotiate': IE_ONLY, 'reorder-providers': 'any' })).toEqual([
      `${file}:43: node fix-client: the path which-browser:edge,who-can-change:this-computer is for Microsoft Edge, but its fix 'confirm-disable-negotiate' in 'windows-auth-fails-in-ie-edge' is for Internet Explorer 11 and Microsoft Edge in IE mode only; point this outcome at a procedure for those browsers, or send that path to another outcome`,
      `${file}:43: node fix-client: the path which-browser:not-sure,who-can-change:this-computer is for every browser, but its fix 'confirm-disable-negotiate' in 'windows-auth-fails-in-ie-edge' is for Internet Explorer 11 and Microsoft Edge in IE mode only; point this outcome at a procedure for those browsers, or send that path to another outcome`,
    ]);
  });

  it('fails an any path of a tree that declares no browsers, when its fix is for one browser only', () => {
    const problems = browserProblems('windows-auth-login', { 'confirm-disable-negotiate': IE_ONLY });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.includes(' is for every browser, but its fix \'confirm-disable-negotiate\''))).toBe(true);
  });

  it('skips procedures that do not declare browsers yet, and headings in a tree that declares none', () => {
    expect(browserProblems('browser-scoped', {})).toEqual([]);
    expect(browserProblems('windows-auth-login', { 'confirm-disable-negotiate': 'heading', 'reorder-providers': 'heading' })).toEqual([]);
  });

  it('asks a browser-scoped tree to name a <Steps> procedure, not a heading', () => {
    expect(browserProblems('browser-scoped', { 'confirm-disable-negotiate': 'any', 'reorder-providers': 'heading' })).toEqual([
      `${file}:51: node fix-server: fix 'reorder-providers' in 'windows-auth-fails-in-ie-edge' is a heading or step, not a <Steps> procedure; in a tree whose options declare browsers, point every fix at a <Steps id="…" browsers="…"> procedure that says which browsers it is for`,
    ]);
  });
});
