import { describe, expect, it } from 'vitest';
import { bodyShapeProblems, type BodyShape } from '@/lib/i18n/article-translation';
import type { Anchor } from '@/lib/content/remark-anchors';

const heading = (id: string, line: number): Anchor => ({ id, kind: 'heading', title: id, line, level: 2 });

function shape(parts: Partial<BodyShape>): BodyShape {
  return { anchors: [], components: [], codeBlocks: [], sourceLinks: [], ...parts };
}

describe('a translated body against its English source', () => {
  it('reports headings in another order at the first one out of place', () => {
    const english = shape({ anchors: [heading('symptoms', 5), heading('cause', 9), heading('fix', 14)] });
    const german = shape({ anchors: [heading('symptoms', 5), heading('fix', 10), heading('cause', 20)] });
    expect(bodyShapeProblems(english, german, 'en.mdx')).toEqual([{ line: 10, message: 'heading "fix" is out of order: en.mdx has "cause" here; keep the English order' }]);
  });

  it('reports a component in another place once, not every pair after it', () => {
    const english = shape({ components: [{ name: 'Callout', line: 3, data: {} }, { name: 'Command', line: 8, data: { shell: 'cmd' } }] });
    const german = shape({ components: [{ name: 'Command', line: 4, data: { shell: 'cmd' } }, { name: 'Callout', line: 9, data: {} }] });
    expect(bodyShapeProblems(english, german, 'en.mdx')).toEqual([
      { line: 4, message: '<Command> stands where en.mdx:3 has <Callout>: a translation has the same components, in the same order' },
    ]);
  });

  it('holds a procedure’s browsers and aliases to the English', () => {
    const english = shape({ anchors: [{ ...heading('fix', 2), aliases: ['old-fix'] }], components: [{ name: 'Steps', line: 4, data: { browsers: 'ie,ie-mode' } }] });
    const german = shape({ anchors: [heading('fix', 2)], components: [{ name: 'Steps', line: 4, data: { browsers: 'ie' } }] });
    expect(bodyShapeProblems(english, german, 'en.mdx').map((problem) => problem.message)).toEqual([
      'heading "fix" has aliases none where en.mdx:2 has "old-fix": old links must land in every language',
      '<Steps> browsers="ie" differs from en.mdx:4, which has browsers="ie,ie-mode": data props stay exactly as the English writes them',
    ]);
  });

  it('holds the Sources list to the pages the English cites', () => {
    const english = shape({ anchors: [heading('sources', 30)], sourceLinks: ['learn.microsoft.com/a'] });
    const german = shape({ anchors: [heading('sources', 31)], sourceLinks: ['learn.microsoft.com/b'] });
    expect(bodyShapeProblems(english, german, 'en.mdx')).toEqual([
      { line: 31, message: 'Sources lack learn.microsoft.com/a, which the English cites: list the same pages' },
      { line: 31, message: 'Sources cite learn.microsoft.com/b, which the English does not: list the same pages' },
    ]);
  });
});
