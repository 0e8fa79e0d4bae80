import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkedText } from '@/components/search/marked-text';

describe('MarkedText', () => {
  it('wraps matched words in <mark> and escapes everything else', () => {
    const html = renderToStaticMarkup(
      <MarkedText
        parts={[
          { text: 'Run <img src=x onerror=alert(1)> then ', marked: false },
          { text: 'klist', marked: true },
          { text: ' & wait', marked: false },
        ]}
      />,
    );
    expect(html).toContain('Run &lt;img src=x onerror=alert(1)&gt; then ');
    expect(html).toMatch(/<mark[^>]*>klist<\/mark>/);
    expect(html).toContain(' &amp; wait');
    expect(html).not.toContain('<img');
  });
});
