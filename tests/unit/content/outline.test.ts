import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileArticleBody } from '@/lib/content/compile.server';
import { splitArticleSource, splitMdxSource } from '@/lib/content/frontmatter';
import { parseTranslationFileName } from '@/lib/i18n/translation-files';
import { articleTranslationFrontmatterSchema } from '@/lib/i18n/translation-schema';
import { MdxSyntaxError } from '@/lib/content/mdx-syntax-error';
import { outlineArticleBody } from '@/lib/content/outline.server';
import { writeSiteCorpus } from '../../../scripts/bench/site-corpus';

const generated = mkdtempSync(path.join(tmpdir(), 'fixpath-outline-'));
afterAll(() => rmSync(generated, { recursive: true, force: true }));

function articlesIn(articlesDir: string) {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = path.join(articlesDir, name);
      // A translation (`<slug>.de.mdx`) has its own frontmatter; its body is outlined and compiled like any other.
      const translation = parseTranslationFileName(name);
      const source = readFileSync(file, 'utf8');
      const split = translation ? splitMdxSource(source, file, articleTranslationFrontmatterSchema, undefined, 'failsafe') : splitArticleSource(source, file);
      if (!split.ok) throw new Error(`${file} is not a valid article`);
      return { slug: translation?.source ?? name.replace(/\.mdx$/, ''), body: split.body };
    });
}

async function outlineOfFullCompile(body: string, slug: string) {
  return (await compileArticleBody(body, { slug })).outline;
}

async function problemOf(pass: Promise<unknown>) {
  const failure = await pass.catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(MdxSyntaxError);
  return { line: (failure as MdxSyntaxError).line, message: (failure as MdxSyntaxError).message };
}

describe('the content check’s outline pass', () => {
  // The check trusts the outline pass and pages render the full compile's outline: a difference would
  // be a link the check accepted that the page cannot show, or a step it numbered differently.
  it('finds exactly what the full compile finds in every shipped, fixture and generated article', async () => {
    writeSiteCorpus('tests/fixtures/content/valid', generated, 25);
    const articles = [
      ...articlesIn('content/articles'),
      ...articlesIn('tests/fixtures/content/search/articles'),
      ...articlesIn(path.join(generated, 'articles')),
    ];
    expect(articles.length).toBeGreaterThan(30);
    for (const { slug, body } of articles) {
      const outline = outlineArticleBody(body, { slug });
      expect(outline.anchors.length, slug).toBeGreaterThan(0);
      expect(outline, slug).toEqual(await outlineOfFullCompile(body, slug));
    }
  }, 60_000);

  it('reads JSX written on one line of its own as the block the page renders', async () => {
    const sources = '\n## Sources {#sources}\n\n- [Services](https://learn.microsoft.com/en-us/windows/services)\n';
    const body = `## Fix {#fix}\n\n<Steps id="fix-it" title="Fix it" browsers="any"><Step title="Restart">Restart the service.</Step></Steps>\n${sources}`;
    const outline = outlineArticleBody(body, { slug: 'demo' });
    expect(outline.anchors.map((anchor) => `${anchor.kind}:${anchor.id}`)).toEqual(['heading:fix', 'procedure:fix-it', 'heading:sources']);
    // The step inside stays inline text, so the check says how to write it.
    expect(outline.problems).toEqual([{ line: 3, message: '<Step> must stand directly inside <Steps>, on lines of its own: <Steps> numbers and frames it' }]);
    expect(outline).toEqual(await outlineOfFullCompile(body, 'demo'));
  });

  it('reports a syntax error at the same line and with the same words as the full compile', async () => {
    for (const body of ['\n\n## Broken\n\n<Callout>\n', '## Sum\n\n{1 +}\n', '## Tag\n\n<Step title="x">\n\nText\n\n</Steps>\n']) {
      expect(await problemOf(Promise.resolve().then(() => outlineArticleBody(body, { slug: 'demo' })))).toEqual(
        await problemOf(compileArticleBody(body, { slug: 'demo' })),
      );
    }
  });

  it('rejects an import at its line with what to do instead, rather than a bundler’s path message', async () => {
    const body = '\n## Cause\n\nText.\n\nexport const year = 2024\nimport Chart from "./chart"\n';
    const failure = await problemOf(Promise.resolve().then(() => outlineArticleBody(body, { slug: 'demo' })));
    expect(failure).toEqual({ line: 7, message: expect.stringMatching(/^MDX syntax error: articles cannot import \("\.\/chart"\); use the site's components/) });
  });
});
