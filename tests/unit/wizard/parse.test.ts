import { describe, expect, it } from 'vitest';
import { formatProblem, parseWizardYaml, treeIdFromFile } from '@/lib/wizard/parse';
import { fixtureFile, loadTree, parseFixture } from './load-fixture';

const f = fixtureFile;

function problemsOfText(text: string, file = 'content/wizards/tiny.yaml'): string[] {
  const result = parseWizardYaml(text, file);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const tiny = ['id: tiny', 'version: 1', 'title: Tiny', 'summary: A tiny tree.', 'start: done', 'nodes:'];
const outcome = ['  - id: done', '    type: outcome', '    title: Done', '    summary: The end.'];

describe('parseWizardYaml', () => {
  it('returns the typed tree of a valid file', () => {
    const { tree } = loadTree('windows-auth-login');
    expect(tree.id).toBe('windows-auth-login');
    expect(tree.version).toBe(2);
    expect(tree.nodes.map((node) => `${node.type}:${node.id}`)).toEqual([
      'question:which-browsers',
      'question:can-reach-dc',
      'question:negotiate-enabled',
      'question:server-providers',
      'outcome:fix-client-registry',
      'outcome:fix-network',
      'outcome:fix-server-providers',
      'outcome:escalate',
    ]);
    const first = tree.nodes[0];
    expect(first?.type === 'question' && first.help).toBe('Try the same address in Chrome or Firefox before you answer.\n');
    expect(tree.redirects).toEqual({ 'browser-check': 'which-browsers', providers: 'server-providers' });
  });

  it('locates paths on the lines a person sees, falling back to the nearest parent', () => {
    const { locate } = loadTree('windows-auth-login');
    expect(locate(['start'])).toBe(7);
    expect(locate(['nodes', 0])).toBe(9);
    expect(locate(['nodes', 1, 'options', 1, 'next'])).toBe(30);
    expect(locate(['nodes', 0, 'help'])).toBe(12);
    // A mapping value points at its key, not at the first line inside it.
    expect(locate(['nodes', 4, 'fix'])).toBe(58);
    expect(locate(['nodes', 5, 'fix'])).toBe(62);
    expect(locate(['nodes', 99])).toBe(8);
    expect(locate([])).toBe(2);
  });

  it('names each schema error with its field, node and line', () => {
    const result = parseFixture('bad-schema-field');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${f('bad-schema-field')}:2: version: must be at least 1, got 0`,
      `${f('bad-schema-field')}:5: start: must be kebab-case (a-z, 0-9, single hyphens), got "Ask"`,
      `${f('bad-schema-field')}:7: node ask: missing required field 'prompt'`,
      `${f('bad-schema-field')}:9: node ask: unknown field 'promt' (allowed: id, type, prompt, help, options)`,
      `${f('bad-schema-field')}:12: node ask: options[0].label: must not be empty`,
      `${f('bad-schema-field')}:15: node done: type: must be 'question' or 'outcome', got "result"`,
    ]);
    expect(result.ok ? [] : result.problems.map((p) => p.nodeId)).toEqual([undefined, undefined, 'ask', 'ask', 'ask', 'done']);
  });

  it('reports a YAML syntax error once, on the line of the slip', () => {
    expect(parseFixture('yaml-syntax-error')).toEqual({
      ok: false,
      problems: [{ file: f('yaml-syntax-error'), line: 9, message: 'YAML syntax error: Sequence item without - indicator' }],
    });
  });

  it('requires the id to equal the file name', () => {
    const result = parseFixture('id-mismatch');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${f('id-mismatch')}:1: id 'something-else' must equal the file name 'id-mismatch'; rename the file or change the id`,
    ]);
  });

  it('reports a missing node type, a wrong value type and unknown top-level fields', () => {
    const text = [...tiny.slice(0, 1), 'version: "1"', 'colour: blue', ...tiny.slice(2), '  - id: done', '    title: Done'].join('\n');
    expect(problemsOfText(text)).toEqual([
      'content/wizards/tiny.yaml:2: version: must be a number, got "1"',
      'content/wizards/tiny.yaml:3: unknown field \'colour\' (allowed: $schema, id, version, title, summary, article, start, nodes, redirects, retiredOptions)',
      "content/wizards/tiny.yaml:8: node done: missing required field 'type' (question or outcome)",
    ]);
  });

  it('reports fix and redirect fields that are not kebab-case', () => {
    const text = [...tiny, ...outcome, '    fix:', '      article: Some Article', '      step: 1', 'redirects:', '  Old Step: done'].join('\n');
    expect(problemsOfText(text)).toEqual([
      "content/wizards/tiny.yaml:11: node done: fix: missing required field 'procedure'",
      "content/wizards/tiny.yaml:11: node done: fix: missing required field 'source': give the address of the published documentation that defines this fix",
      'content/wizards/tiny.yaml:12: node done: fix.article: must be kebab-case (a-z, 0-9, single hyphens), got "Some Article"',
      'content/wizards/tiny.yaml:13: node done: fix: unknown field \'step\' (allowed: article, procedure, source)',
      "content/wizards/tiny.yaml:15: redirects: key 'Old Step' must be kebab-case (a-z, 0-9, single hyphens)",
    ]);
  });

  it('asks for an https:// source on a fix', () => {
    const fix = ['    fix:', '      article: some-article', '      procedure: do-it'];
    expect(problemsOfText([...tiny, ...outcome, ...fix, '      source: http://example.com/page'].join('\n'))).toEqual([
      'content/wizards/tiny.yaml:14: node done: fix.source: must be an https:// URL, got "http://example.com/page": give the address of the published documentation that defines this fix',
    ]);
    expect(problemsOfText([...tiny, ...outcome, ...fix, '      source: https://learn.microsoft.com/en-us/iis/'].join('\n'))).toEqual([]);
  });

  it('asks for browsers as any or a list of known browser ids', () => {
    const question = (browsers: string) => [
      'id: tiny', 'version: 1', 'title: Tiny', 'summary: A tiny tree.', 'start: ask', 'nodes:',
      '  - id: ask', '    type: question', '    prompt: Which browser?', '    options:',
      '      - id: one', '        label: One', '        next: done', `        browsers: ${browsers}`,
      ...outcome,
    ].join('\n');
    const allowed = "write 'any' or a list of ie, ie-mode, edge, chrome, firefox";
    expect(problemsOfText(question('[ie, ie-mode]'))).toEqual([]);
    expect(problemsOfText(question('any'))).toEqual([]);
    expect(problemsOfText(question('[ie, safari]'))).toEqual([
      `content/wizards/tiny.yaml:14: node ask: options[0].browsers: names unknown browsers ("safari"); ${allowed}`,
    ]);
    expect(problemsOfText(question('[]'))).toEqual([
      `content/wizards/tiny.yaml:14: node ask: options[0].browsers: must name at least one browser; ${allowed}`,
    ]);
    expect(problemsOfText(question('edge'))).toEqual([
      `content/wizards/tiny.yaml:14: node ask: options[0].browsers: must be 'any' or a list of browsers, got "edge"; ${allowed}`,
    ]);
  });

  it('asks for an integer version', () => {
    const text = [tiny[0], 'version: 1.5', ...tiny.slice(2), ...outcome].join('\n');
    expect(problemsOfText(text)).toEqual(['content/wizards/tiny.yaml:2: version: must be an integer, got 1.5']);
  });

  it('reports an empty file and a file that is not a mapping', () => {
    expect(problemsOfText('')).toEqual([
      'content/wizards/tiny.yaml:1: the file must be a mapping of tree fields, got null',
    ]);
    expect(problemsOfText('- just\n- a list\n')).toEqual([
      'content/wizards/tiny.yaml:1: the file must be a mapping of tree fields, got a list',
    ]);
  });

  it('reports duplicate keys and a second document as syntax errors', () => {
    expect(problemsOfText([...tiny.slice(0, 2), 'version: 2', ...tiny.slice(2), ...outcome].join('\n'))).toEqual([
      'content/wizards/tiny.yaml:3: YAML syntax error: Map keys must be unique',
    ]);
    expect(problemsOfText([...tiny, ...outcome, '---', 'id: other'].join('\n'))).toEqual([
      'content/wizards/tiny.yaml:11: YAML syntax error: Source contains multiple documents; please use YAML.parseAllDocuments()',
    ]);
  });

  it('reads a JSON tree, which may name its schema', () => {
    const json = JSON.stringify({
      $schema: './wizard.schema.json',
      id: 'tiny',
      version: 1,
      title: 'Tiny',
      summary: 'A tiny tree.',
      start: 'done',
      nodes: [{ id: 'done', type: 'outcome', title: 'Done', summary: 'The end.' }],
    });
    const result = parseWizardYaml(json, 'content/wizards/tiny.json');
    expect(result.ok && result.tree.nodes[0]?.id).toBe('done');
  });
});

describe('formatProblem', () => {
  it('prints file, line, node and message', () => {
    expect(formatProblem({ file: 'a.yaml', line: 3, nodeId: 'ask', message: 'broken' })).toBe('a.yaml:3: node ask: broken');
    expect(formatProblem({ file: 'a.yaml', line: 3, message: 'broken' })).toBe('a.yaml:3: broken');
    expect(formatProblem({ file: 'a.yaml', message: 'broken' })).toBe('a.yaml: broken');
  });
});

describe('treeIdFromFile', () => {
  it('strips folders and the extension on any platform', () => {
    expect(treeIdFromFile('content/wizards/windows-auth-login.yaml')).toBe('windows-auth-login');
    expect(treeIdFromFile('C:\\site\\content\\wizards\\proxy.yml')).toBe('proxy');
    expect(treeIdFromFile('proxy.json')).toBe('proxy');
  });
});
