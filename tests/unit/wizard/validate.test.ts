import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/wizard/parse';
import { validateTreeGraph } from '@/lib/wizard/validate';
import { fixtureFile, loadTree, problemsOf } from './load-fixture';

const f = fixtureFile;

describe('validateTreeGraph', () => {
  it('finds nothing wrong in a valid tree', () => {
    expect(problemsOf('windows-auth-login')).toEqual([]);
  });

  // Each bad fixture breaks one rule; the expected text is what the content check prints.
  it.each([
    [
      'start-missing',
      [`${f('start-missing')}:5: start node 'begin' does not exist; set 'start' to the id of the first question`],
    ],
    [
      'reserved-step-id',
      [
        `${f('reserved-step-id')}:14: node map: 'map' is reserved: /wizard/reserved-step-id/map is another page; choose another id`,
      ],
    ],
    [
      'unknown-next',
      [
        `${f('unknown-next')}:16: node ask: option 'broken' leads to 'fix-it', which is not a node in this tree; set 'next' to an existing node id or add that node`,
      ],
    ],
    [
      'duplicate-node-id',
      [`${f('duplicate-node-id')}:18: node done: duplicate node id 'done' (first used on line 14); give each node its own id`],
    ],
    [
      'unreachable-node',
      [
        `${f('unreachable-node')}:18: node orphan: not reachable from start 'ask'; link to it from an option's 'next' or remove it (and add a redirect if its link was published)`,
      ],
    ],
    [
      'cycle',
      [
        `${f('cycle')}:20: node second: option 'again' closes a cycle first → second → first; every path must end at an outcome, so point one 'next' elsewhere`,
      ],
    ],
    [
      'question-without-options',
      [
        `${f('question-without-options')}:10: node ask: question has no options; add at least one option or make it an outcome`,
      ],
    ],
    [
      'duplicate-option-label',
      [
        `${f('duplicate-option-label')}:15: node ask: options 'works' and 'works-again' have the same label "yes"; reword one so users can tell them apart`,
      ],
    ],
    [
      'duplicate-option-id',
      [
        `${f('duplicate-option-id')}:14: node ask: duplicate option id 'works' (first used on line 11); option ids must be unique within a question`,
      ],
    ],
    [
      'missing-fix-article',
      [
        `${f('missing-fix-article')}:5: article 'no-such-article' does not exist; fix the slug or remove 'article'`,
        `${f('missing-fix-article')}:13: node done: fix article 'no-such-article' does not exist; fix the slug or write the article`,
      ],
    ],
    [
      'missing-fix-anchor',
      [
        `${f('missing-fix-anchor')}:13: node done: article 'windows-auth-fails-in-ie-edge' has no procedure or anchor 'no-such-procedure'; use the id of a <Steps id="…"> or a heading in that article`,
      ],
    ],
    [
      'redirect-to-missing-node',
      [
        `${f('redirect-to-missing-node')}:13: redirect 'old-ask' points to 'ask', which is not a node in this tree; point it at a live node`,
      ],
    ],
    [
      'redirect-id-still-live',
      [
        `${f('redirect-id-still-live')}:26: redirect 'done' has the same id as a live node, so it is never used; remove the redirect`,
      ],
    ],
    [
      'redirect-chain',
      [
        `${f('redirect-chain')}:12: redirect 'oldest' points to 'older', which is itself a redirect; point it straight at 'done'`,
        `${f('redirect-chain')}:14: redirects form a loop ping → pong → ping; point each at a live node`,
        `${f('redirect-chain')}:16: redirect 'stray' points to 'ping', which is itself a redirect that never reaches a node; point it at a live node`,
      ],
    ],
    [
      'retired-option-still-live',
      [
        `${f('retired-option-still-live')}:22: node ask: option 'finished' is retired but question 'ask' still offers it; remove it from retiredOptions, or give the live option a new id (a published link must not silently change meaning)`,
      ],
    ],
    [
      'retired-unknown-question',
      [
        `${f('retired-unknown-question')}:19: retired options of 'asked-before': no question has this id, directly or through redirects; key them by the id of the question that offered them`,
        `${f('retired-unknown-question')}:20: retired options of 'done': 'done' is an outcome; key them by the id of the question that offered them`,
      ],
    ],
    [
      'start-browsers-half-declared',
      [
        `${f('start-browsers-half-declared')}:15: node which-browser: option 'firefox' of the first question declares no browsers while 'edge', 'every-browser' do; give every option of the first question 'browsers' (a list, or any), or none`,
        `${f('start-browsers-half-declared')}:22: node which-browser: option 'not-sure' of the first question declares no browsers while 'edge', 'every-browser' do; give every option of the first question 'browsers' (a list, or any), or none`,
      ],
    ],
    ['browser-scoped', []],
  ])('reports %s with its line', (name, expected) => {
    expect(problemsOf(name)).toEqual(expected);
  });

  it('skips article and fix checks when no lookup is given', () => {
    const { tree, locate } = loadTree('missing-fix-article');
    expect(validateTreeGraph(tree, fixtureFile('missing-fix-article'), { locate })).toEqual([]);
  });

  it('reports problems without lines for a tree that has no source map', () => {
    const { tree } = loadTree('duplicate-node-id');
    const problems = validateTreeGraph(tree, 'built-in-code');
    expect(problems).toEqual([
      { file: 'built-in-code', nodeId: 'done', message: "duplicate node id 'done'; give each node its own id" },
    ]);
    expect(problems.map(formatProblem)).toEqual(["built-in-code: node done: duplicate node id 'done'; give each node its own id"]);
  });

  it('names a self-loop and does not report nodes behind a missing start as unreachable', () => {
    const { tree } = loadTree('windows-auth-login');
    const looped = {
      ...tree,
      start: 'nowhere',
      nodes: tree.nodes.map((node) =>
        node.id === 'server-providers' && node.type === 'question'
          ? { ...node, options: [{ id: 'again', label: 'Ask again', next: 'server-providers' }] }
          : node,
      ),
    };
    expect(validateTreeGraph(looped, 'x').map((p) => p.message)).toEqual([
      "start node 'nowhere' does not exist; set 'start' to the id of the first question",
      "option 'again' closes a cycle server-providers → server-providers; every path must end at an outcome, so point one 'next' elsewhere",
    ]);
  });
});
