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
});
