import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, checkContentFolder } from '@/lib/content/check.server';
import { inThisThread } from '@/lib/content/compile-cache.server';
import { formatProblem } from '@/lib/content/problem';
import type { PublishedLock } from '@/lib/content/published-lock.server';

const fixture = path.resolve('tests/fixtures/content/published');
const copies: string[] = [];
afterEach(() => {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
});

/** A private copy of the fixture, so a test may edit an article or let the check write the lock. */
function copyOfFixture(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'fixpath-published-'));
  copies.push(copy);
  cpSync(fixture, copy, { recursive: true });
  return copy;
}

function editArticle(root: string, slug: string, edit: (source: string) => string) {
  const file = path.join(root, 'articles', `${slug}.mdx`);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

const messages = async (root: string) => (await checkContent(root)).map((problem) => `${path.basename(problem.file)}:${problem.line}: ${problem.message}`);

describe('the published lock and redirects', () => {
  it('reports a removed anchor without an alias at its article, naming the anchor, the lock and the fix', async () => {
    const lines = (await checkContent(fixture)).map(formatProblem);
    expect(lines).toContain(
      'tests/fixtures/content/published/articles/renamed.mdx:1: published anchor "check-the-server" (tests/fixtures/content/published/published.json) is neither an id nor an alias here: keep it as an alias of the element that replaced it ({#new-id aliases=check-the-server} on a heading, aliases="check-the-server" on <Steps> or <Step>)',
    );
    // The step renamed with its old id as an alias satisfies the lock, and a link to that alias is not broken.
    expect(lines.filter((line) => line.includes('open-console'))).toEqual([]);
  });

  it('passes once the renamed heading keeps its old id as an alias', async () => {
    const root = copyOfFixture();
    editArticle(root, 'renamed', (source) => source.replace('{#check-the-host}', '{#check-the-host aliases=check-the-server}'));
    expect((await messages(root)).filter((line) => line.includes('check-the-server'))).toEqual([]);
  });

  it('reports a locked slug with no article and no redirectFrom at its line in the lock, and accepts a redirected one', async () => {
    const lines = await messages(fixture);
    expect(lines).toContain(
      'published.json:3: article "gone-article" is published but has no article file and no article lists it in redirectFrom: add redirectFrom: [gone-article] to the article that replaced it',
    );
    expect(lines.filter((line) => line.includes('"moved-article" is published'))).toEqual([]);
  });

  it('refuses a redirectFrom naming a live article, and an old slug claimed twice', async () => {
    const lines = await messages(fixture);
    expect(lines).toContain('replacement.mdx:8: redirectFrom "renamed" is a live article: a slug redirects only once its article is gone; remove it from redirectFrom or rename that article');
    expect(lines).toContainEqual(expect.stringMatching(/^second-claim\.mdx:8: redirectFrom "moved-article" is already claimed by .*replacement\.mdx/));
  });

  it('refuses an alias that another element already uses as its id', async () => {
    const root = copyOfFixture();
    editArticle(root, 'renamed', (source) => source.replace('{#check-the-host}', '{#check-the-host aliases=open-mmc}'));
    expect(await messages(root)).toContain('renamed.mdx:14: duplicate step id "open-mmc": line 10 already uses it; give one of them another id');
  });

  it('--update-published adds new slugs and anchors, sorted, and never drops one', async () => {
    const root = copyOfFixture();
    await checkContentFolder(root, inThisThread, { updatePublished: true });
    const lock = JSON.parse(readFileSync(path.join(root, 'published.json'), 'utf8')) as PublishedLock;
    expect(Object.keys(lock.articles)).toEqual(['gone-article', 'moved-article', 'renamed', 'replacement', 'second-claim']);
    expect(lock.articles.renamed).toEqual(['check-the-host', 'check-the-server', 'open-console', 'open-mmc', 'open-tools', 'sources']);
    // Still reported: adding to the lock never forgives a lost anchor or slug.
    expect((await messages(root)).filter((line) => line.includes('"check-the-server"') || line.includes('"gone-article"'))).toHaveLength(2);
  });

  it('leaves the lock alone without --update-published', async () => {
    const root = copyOfFixture();
    const before = readFileSync(path.join(root, 'published.json'), 'utf8');
    await checkContent(root);
    expect(readFileSync(path.join(root, 'published.json'), 'utf8')).toBe(before);
  });
});
