import { getMDXComponent } from 'mdx-bundler/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleCorrections } from '@/components/article-corrections';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { compileArticleBody } from '@/lib/content/compile.server';
import { outlineArticleBody } from '@/lib/content/outline.server';

const body = [
  '## Check the host {#check-the-host aliases=check-the-server,check-it}',
  '',
  '<Steps id="open-tools" title="Open the tools" browsers="ie,ie-mode" aliases="old-tools">',
  '',
  '<Step id="open-mmc" title="Open the console" aliases="open-console">',
  '',
  'Open it.',
  '',
  '</Step>',
  '',
  '</Steps>',
  '',
  '<Steps id="on-the-server" title="On the server" browsers="any">',
  '',
  '<Step title="Restart">',
  '',
  'Restart it.',
  '',
  '</Step>',
  '',
  '</Steps>',
  '',
  '## Sources {#sources}',
  '',
  '- [A page](https://learn.microsoft.com/en-us/fixpath): the steps.',
].join('\n');

async function rendered(): Promise<string> {
  const { code } = await compileArticleBody(body, { slug: 'demo' });
  const Content = getMDXComponent(code);
  return renderToStaticMarkup(<Content components={mdxComponents} />);
}

describe('an article’s anchors, aliases and browsers', () => {
  it('keeps old ids as aliases of the heading, procedure and step, in the outline pass as in the compile', async () => {
    const outline = outlineArticleBody(body, { slug: 'demo' });
    expect(outline.problems).toEqual([]);
    expect(outline.anchors.map(({ id, aliases, browsers }) => ({ id, aliases, browsers }))).toEqual([
      { id: 'check-the-host', aliases: ['check-the-server', 'check-it'], browsers: undefined },
      { id: 'open-tools', aliases: ['old-tools'], browsers: ['ie', 'ie-mode'] },
      { id: 'open-mmc', aliases: ['open-console'], browsers: undefined },
      { id: 'on-the-server', aliases: undefined, browsers: 'any' },
      { id: 'restart', aliases: undefined, browsers: undefined },
      { id: 'sources', aliases: undefined, browsers: undefined },
    ]);
    expect((await compileArticleBody(body, { slug: 'demo' })).outline).toEqual(outline);
  });

  it('renders each alias as an empty anchor at its element, so an old link lands there', async () => {
    const html = await rendered();
    expect(html).toMatch(/<h2 id="check-the-host"[^>]*><span id="check-the-server" class="anchor-alias"><\/span><span id="check-it" class="anchor-alias"><\/span>Check the host/);
    expect(html).toMatch(/<span id="old-tools" class="anchor-alias"><\/span><p class="steps-browsers[^"]*">.*?<\/p><ol id="open-tools"/);
    expect(html).toMatch(/<li id="open-mmc" class="step"><span id="open-console" class="anchor-alias"><\/span>/);
  });

  it('says which browsers a procedure is for, and nothing for one that works in any', async () => {
    const html = await rendered();
    expect(html).toContain('<span class="steps-browsers-label">For:</span> Internet Explorer 11 and Microsoft Edge in IE mode</p>');
    expect(html.match(/steps-browsers-label/g)).toHaveLength(1);
  });
});

describe('ArticleCorrections', () => {
  it('shows each correction as a headed note: the date, what changed and what to do if you followed the old advice', () => {
    const html = renderToStaticMarkup(
      <ArticleCorrections
        corrections={[
          { date: '2026-11-02', changed: 'An older change.', ifYouFollowed: 'Nothing to do.' },
          { date: '2026-12-07', changed: 'The restart steps could leave sites stopped.', ifYouFollowed: 'Start W3SVC again.' },
        ]}
      />,
    );
    // Newest first, each named by its heading.
    expect(html.indexOf('7 December 2026')).toBeLessThan(html.indexOf('2 November 2026'));
    expect(html).toContain('<section aria-labelledby="corrected-2026-12-07"');
    expect(html).toMatch(/<h2 id="corrected-2026-12-07"[^>]*>Corrected on <time dateTime="2026-12-07">7 December 2026<\/time><\/h2>/);
    expect(html).toContain('<strong>If you followed the earlier advice:</strong> Start W3SVC again.');
  });

  it("marks an untranslated article's own words as English, and not the labels around them", () => {
    const html = renderToStaticMarkup(
      <ArticleCorrections corrections={[{ date: '2026-12-07', changed: 'The restart steps could leave sites stopped.', ifYouFollowed: 'Start W3SVC again.' }]} contentLang="en" />,
    );
    expect(html).toContain('<p class="correction-changed" lang="en">The restart steps could leave sites stopped.</p>');
    expect(html).toContain('<strong>If you followed the earlier advice:</strong> <span lang="en">Start W3SVC again.</span>');
    expect(html).not.toMatch(/<h2[^>]*lang=/);
  });

  it('renders nothing for an article never corrected', () => {
    expect(renderToStaticMarkup(<ArticleCorrections corrections={[]} />)).toBe('');
  });
});
