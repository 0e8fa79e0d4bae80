import { describe, expect, it } from 'vitest';
import { reportContentCheck } from '../../../scripts/content-check-report';

describe('the content check’s report', () => {
  it('prints every problem, then the summary last, through one stream', () => {
    const printed: string[] = [];
    const ok = reportContentCheck(
      [
        { file: 'content/articles/a.mdx', line: 3, message: '<Calout> is not a site component' },
        { file: 'content/wizards/t.yaml', line: 9, message: 'bad' },
      ],
      'content',
      (line) => printed.push(line),
    );
    expect(ok).toBe(false);
    expect(printed).toEqual([
      'content/articles/a.mdx:3: <Calout> is not a site component',
      'content/wizards/t.yaml:9: bad',
      '\ncontent check: 2 problem(s) in content',
    ]);
  });

  it('prints one line when all is valid', () => {
    const printed: string[] = [];
    expect(reportContentCheck([], 'content', (line) => printed.push(line))).toBe(true);
    expect(printed).toEqual(['content check: content is valid']);
  });

  it('lists warnings after the problems and counts them, without failing on them alone', () => {
    const printed: string[] = [];
    const stale = { file: 'content/wizards/t.de.yaml', line: 1, message: 'stale: translationOf is 000000000000' };
    expect(reportContentCheck([], 'content', (line) => printed.push(line), [stale])).toBe(true);
    expect(printed).toEqual(['content/wizards/t.de.yaml:1: warning: stale: translationOf is 000000000000', '\ncontent check: content is valid, 1 warning(s)']);
  });
});
