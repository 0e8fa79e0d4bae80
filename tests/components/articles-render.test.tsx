import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { afterAll, describe, expect, it } from 'vitest';
import { MdxContent } from '@/components/mdx-content';
import { articleFiles } from '@/lib/content/article-files.server';
import { checkContent } from '@/lib/content/check.server';
import { compileArticleBody } from '@/lib/content/compile.server';
import { splitArticleSource } from '@/lib/content/frontmatter';
import { writeSiteCorpus } from '../../scripts/bench/site-corpus';

const SOURCE = 'source="https://learn.microsoft.com/en-us/troubleshoot/windows-server/fixpath-bench"';

/** Mistakes authors make, each a block put under an article's first heading; `passes` when it is no mistake. */
const BLOCKS: { name: string; block: string; passes?: true }[] = [
  { name: 'a misspelt component', block: '<Calout type="warning">\n\nCareful.\n\n</Calout>' },
  { name: 'a value outside the list', block: '<Callout type="info">\n\nCareful.\n\n</Callout>' },
  { name: 'an unknown prop', block: '<Callout titel="Careful">\n\nText.\n\n</Callout>' },
  { name: 'a missing required prop', block: `<Command ${SOURCE} code="sc query w32time" />` },
  { name: 'a missing source', block: '<RegistryValue hive="HKLM" path="SOFTWARE\\Demo" name="On" type="REG_DWORD" data="1" />' },
  { name: 'a message outside its exchange', block: '<HttpMessage from="client">\n\n```http\nGET / HTTP/1.1\n```\n\n</HttpMessage>' },
  { name: 'an HTML element', block: '<details>More</details>' },
  { name: 'a JavaScript expression', block: 'There are {count} of them.' },
  { name: 'a component written right', block: '<Callout type="danger" title="Careful">\n\nText.\n\n</Callout>', passes: true },
];

const corpus = mkdtempSync(path.join(tmpdir(), 'fixpath-render-'));
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

/** Puts `block` under the first `##` heading of the article; returns the line it starts on. */
function insertBlock(file: string, block: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const heading = lines.findIndex((line) => line.startsWith('## '));
  lines.splice(heading + 1, 0, '', ...block.split('\n'));
  writeFileSync(file, lines.join('\n'));
  return heading + 3;
}

async function render(file: string): Promise<string> {
  const split = splitArticleSource(readFileSync(file, 'utf8'), file);
  if (!split.ok) throw new Error(`${file}: ${split.problems[0]?.message}`);
  const { code } = await compileArticleBody(split.body, { slug: path.basename(file, '.mdx') });
  return renderToString(<MdxContent code={code} />);
}

describe('every article that passes the content check renders', () => {
  it('checks the shipped and 100 generated articles, with typical mistakes, then renders all that pass', async () => {
    const { articles } = writeSiteCorpus('content', corpus, 100);
    const dir = path.join(corpus, 'articles');
    // The site's own list of articles: translations beside them (`<slug>.de.mdx`) are not articles.
    const files = articleFiles(corpus);
    const generated = articles.map((article) => path.join(dir, `${article.slug}.mdx`));
    const mistakes = new Map(BLOCKS.map((mistake, index) => {
      const file = generated[index * 7] ?? '';
      return [file, { ...mistake, line: insertBlock(file, mistake.block) }];
    }));

    const problems = await checkContent(corpus);
    const byFile = new Map<string, typeof problems>();
    for (const problem of problems) byFile.set(path.resolve(problem.file), [...(byFile.get(path.resolve(problem.file)) ?? []), problem]);
    for (const [file, mistake] of mistakes) {
      const lines = (byFile.get(file) ?? []).map((problem) => problem.line);
      expect(lines, `${mistake.name} in ${path.basename(file)}`).toEqual(mistake.passes ? [] : [mistake.line]);
    }
    // Nothing else is wrong: the corpus is valid content apart from the mistakes.
    expect([...byFile.keys()].filter((file) => !mistakes.has(file))).toEqual([]);

    const passing = files.filter((file) => !byFile.has(file));
    expect(passing.length).toBe(files.length - BLOCKS.filter((mistake) => !mistake.passes).length);
    for (const file of passing) await expect(render(file), path.basename(file)).resolves.toContain('<h2');
    // What the check refused would have failed in front of a reader.
    const refused = [...mistakes].filter(([, mistake]) => mistake.name === 'a misspelt component' || mistake.name === 'a JavaScript expression');
    for (const [file] of refused) await expect(render(file)).rejects.toThrow();
  // Takes about 15 s of CPU; the margin is for a machine shared with other work.
  }, 90_000);
});
