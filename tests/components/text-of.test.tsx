// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textOf } from '@/components/mdx/text-of';

describe('textOf', () => {
  it('reads the text of a fenced block compiled to <pre><code>', () => {
    const block = (
      <pre>
        <code className="language-powershell">{'Get-ChildItem Cert:\\CurrentUser\\My\n'}</code>
      </pre>
    );
    expect(textOf(block)).toBe('Get-ChildItem Cert:\\CurrentUser\\My');
  });

  it('joins nested elements, arrays and numbers in order', () => {
    const node = [
      'klist ',
      <span key="a">
        purge <em>-li</em>
      </span>,
      ' 0x',
      3,
      'e7',
    ];
    expect(textOf(node)).toBe('klist purge -li 0x3e7');
  });

  it('drops only one trailing newline and keeps inner ones', () => {
    expect(textOf(<code>{'line 1\nline 2\n\n'}</code>)).toBe('line 1\nline 2\n');
    expect(textOf('a\r\n')).toBe('a');
  });

  it('ignores empty nodes', () => {
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
    expect(textOf(false)).toBe('');
    expect(textOf(<br />)).toBe('');
  });
});
