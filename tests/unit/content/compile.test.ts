import { describe, expect, it } from 'vitest';
import { compileArticleBody } from '@/lib/content/compile.server';
import { splitArticleSource } from '@/lib/content/frontmatter';

const body = [
  '',
  '## Confirm the cause {#confirm}',
  '',
  '<Steps id="turn-off" title="Turn it off">',
  '',
  '<Step title="Open Registry Editor">',
  '',
  'Run `regedit`.',
  '',
  '</Step>',
  '',
  '<Step id="set-value" title="Set the value">',
  '',
  'Set it to 0.',
  '',
  '</Step>',
  '',
  '</Steps>',
  '',
  '## Confirm the cause',
  '',
  'Also see [the fix](/articles/other#fix).',
].join('\n');

describe('compileArticleBody', () => {
  it('keeps an explicit heading id, so a retitled heading keeps its link', async () => {
    const { outline } = await compileArticleBody(body, { slug: 'example' });
    const headings = outline.anchors.filter((anchor) => anchor.kind === 'heading');
    expect(headings.map(({ id, title, line }) => ({ id, title, line }))).toEqual([
      { id: 'confirm', title: 'Confirm the cause', line: 2 },
      { id: 'confirm-the-cause', title: 'Confirm the cause', line: 20 },
    ]);
  });

  it('numbers steps and derives an id from the title unless one is given', async () => {
    const { outline } = await compileArticleBody(body, { slug: 'example' });
    const steps = outline.anchors.filter((anchor) => anchor.kind === 'step');
    expect(steps.map(({ id, level, line }) => ({ id, number: level, line }))).toEqual([
      { id: 'open-registry-editor', number: 1, line: 6 },
      { id: 'set-value', number: 2, line: 12 },
    ]);
  });

  it('records internal links with their lines for the content check', async () => {
    const { outline } = await compileArticleBody(body, { slug: 'example' });
    expect(outline.links).toEqual([{ href: '/articles/other#fix', line: 22 }]);
  });

  it('compiles one procedure alone, from the same source', async () => {
    const whole = await compileArticleBody(body, { slug: 'example' });
    const procedure = await compileArticleBody(body, { slug: 'example', onlyProcedure: 'turn-off' });
    expect(procedure.code).toContain('Open Registry Editor');
    expect(procedure.code).not.toContain('Also see');
    expect(whole.code).toContain('Also see');
  });

  it('reports a heading id written inside a code fence as plain text, not an id', async () => {
    const { outline } = await compileArticleBody('```md\n## Title {#not-an-id}\n```\n', { slug: 'example' });
    expect(outline.anchors).toEqual([]);
  });
});

describe('splitArticleSource', () => {
  it('blanks the frontmatter so body lines keep their file line numbers', () => {
    const source = '---\ntitle: T\nsummary: S\nsymptoms: [a]\nappliesTo: [b]\ntags: [c]\nupdated: 2026-01-02\n---\n## Heading\n';
    const split = splitArticleSource(source, 'a.mdx');
    expect(split.ok && split.body.split('\n')[8]).toBe('## Heading');
    expect(split.ok && split.frontmatter.related).toEqual([]);
  });

  it('names the line of a YAML syntax error', () => {
    const split = splitArticleSource('---\ntitle: T\nsymptoms: [a\n---\n', 'a.mdx');
    expect(split.ok).toBe(false);
    expect(!split.ok && split.problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(!split.ok && split.problems[0]?.message).toMatch(/^frontmatter is not valid YAML/);
  });

  it('asks for frontmatter when the file has none', () => {
    const split = splitArticleSource('# Just a body\n', 'a.mdx');
    expect(!split.ok && split.problems).toEqual([
      { file: 'a.mdx', line: 1, message: 'frontmatter missing: start the file with a line of three dashes (---)' },
    ]);
  });
});
