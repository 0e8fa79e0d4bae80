import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh module graph per "process": only the cache on disk survives, as for a build worker or
// the server started after the content check.
async function freshProcess() {
  vi.resetModules();
  const { checkContentFolder } = await import('@/lib/content/check.server');
  const { listArticles } = await import('@/lib/content/article-list.server');
  return { checkContentFolder, listArticles };
}

let cacheDir: string;
let content: string;
const article = () => path.join(content, 'articles', 'vpn-drops.mdx');
const cacheFile = () => path.join(cacheDir, 'frontmatter.json');

/** Rewrites every cached title, as no parse of the real files could: shows whether a reader used the cache. */
function tamperCachedTitles(change: (file: { fingerprint: string }) => void = () => {}) {
  const file = JSON.parse(readFileSync(cacheFile(), 'utf8')) as { fingerprint: string; frontmatter: Record<string, { title: string }> };
  for (const frontmatter of Object.values(file.frontmatter)) frontmatter.title = `Cached: ${frontmatter.title}`;
  change(file);
  writeFileSync(cacheFile(), JSON.stringify(file));
}

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'fixpath-frontmatter-cache-'));
  content = mkdtempSync(path.join(tmpdir(), 'fixpath-content-'));
  cpSync(path.resolve('tests/fixtures/content/valid'), content, { recursive: true });
  vi.stubEnv('FIXPATH_CACHE_DIR', cacheDir);
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
});

describe('frontmatter validated by the content check', () => {
  it('is what later processes list, without parsing it again', async () => {
    const uncached = (await freshProcess()).listArticles(content);
    expect((await (await freshProcess()).checkContentFolder(content)).ok).toBe(true);
    expect((await freshProcess()).listArticles(content)).toEqual(uncached);

    tamperCachedTitles();
    const titles = (await freshProcess()).listArticles(content).map((summary) => summary.title);
    expect(titles).toEqual(uncached.map((summary) => `Cached: ${summary.title}`));
  });

  it('never stands in for an edited header, nor for one read by other code', async () => {
    await (await freshProcess()).checkContentFolder(content);
    tamperCachedTitles();
    writeFileSync(article(), readFileSync(article(), 'utf8').replace(/^title: .*$/m, 'title: The VPN drops every hour'));
    const titles = (await freshProcess()).listArticles(content).map((summary) => summary.title);
    expect(titles).toContain('The VPN drops every hour');
    expect(titles.filter((title) => title.startsWith('Cached: '))).toHaveLength(titles.length - 1);

    tamperCachedTitles((file) => (file.fingerprint = 'older content code'));
    expect((await freshProcess()).listArticles(content).some((summary) => summary.title.startsWith('Cached: '))).toBe(false);
  });

  it('does not hide a header broken after it was checked', async () => {
    await (await freshProcess()).checkContentFolder(content);
    writeFileSync(article(), readFileSync(article(), 'utf8').replace(/^updated: .*$/m, 'updated: someday'));
    const check = await (await freshProcess()).checkContentFolder(content);
    expect(check.ok).toBe(false);
    expect(check.problems.map((problem) => `${path.basename(problem.file)}: ${problem.message}`)).toContainEqual(
      expect.stringMatching(/^vpn-drops\.mdx: frontmatter: "updated" use a date/),
    );
  });
});
