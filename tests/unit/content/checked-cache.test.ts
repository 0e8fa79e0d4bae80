import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh module graph per "process": only the cache on disk survives, as for a build worker or
// the server started after the content check.
async function freshProcess() {
  vi.resetModules();
  const { checkContentFolder } = await import('@/lib/content/check.server');
  const { listArticles } = await import('@/lib/content/article-list.server');
  const { listWizards } = await import('@/lib/content/wizards.server');
  const { articleSummaries } = await import('@/lib/content/article-list.server');
  return { checkContentFolder, listArticles, listWizards, articleSummaries };
}

let cacheDir: string;
let content: string;
const article = () => path.join(content, 'articles', 'vpn-drops.mdx');
const tree = () => path.join(content, 'wizards', 'printer-help.yaml');

/**
 * Rewrites every cached title, as no parse of the real files could: shows whether a reader used
 * the cache. `frontmatter.json` holds articles' headers, `troubleshooters.json` whole trees.
 */
function tamperCachedTitles(name = 'frontmatter.json', change: (file: { fingerprint: string }) => void = () => {}) {
  const cacheFile = path.join(cacheDir, name);
  const file = JSON.parse(readFileSync(cacheFile, 'utf8')) as { fingerprint: string; entries: Record<string, { title: string }> };
  for (const entry of Object.values(file.entries)) entry.title = `Cached: ${entry.title}`;
  change(file);
  writeFileSync(cacheFile, JSON.stringify(file));
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

describe('article frontmatter validated by the content check', () => {
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

    tamperCachedTitles('frontmatter.json', (file) => (file.fingerprint = 'older content code'));
    expect((await freshProcess()).listArticles(content).some((summary) => summary.title.startsWith('Cached: '))).toBe(false);
  });

  it('is loaded by lists, not by a page that reads a few articles before any list did', async () => {
    await (await freshProcess()).checkContentFolder(content);
    tamperCachedTitles();
    const fresh = await freshProcess();
    // A fresh server's first article: parses its own header rather than loading every article's.
    expect(fresh.articleSummaries(['vpn-drops'], content).map((summary) => summary.title)).toEqual([expect.not.stringMatching(/^Cached: /)]);
    fresh.listArticles(content);
    expect(fresh.articleSummaries(['vpn-drops'], content).map((summary) => summary.title)).toEqual([expect.stringMatching(/^Cached: /)]);
  });

  it('is rewritten only when the check read other headers than it holds', async () => {
    const cacheFile = path.join(cacheDir, 'frontmatter.json');
    const titles = () => Object.values((JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { title: string }> }).entries).map((entry) => entry.title);
    await (await freshProcess()).checkContentFolder(content);
    const written = statSync(cacheFile).ino;
    const before = titles();
    // A body edit: every header found in the file, none added or left over, so the file is kept as it is.
    writeFileSync(article(), `${readFileSync(article(), 'utf8')}\nOne more sentence in the body.\n`);
    expect((await (await freshProcess()).checkContentFolder(content)).ok).toBe(true);
    expect(statSync(cacheFile).ino).toBe(written);
    // An edited header: the file holds the new one instead of the old.
    writeFileSync(article(), readFileSync(article(), 'utf8').replace(/^title: .*$/m, 'title: The VPN drops every hour'));
    expect((await (await freshProcess()).checkContentFolder(content)).ok).toBe(true);
    expect(titles()).toHaveLength(before.length);
    expect(titles()).toContain('The VPN drops every hour');
    expect(titles().filter((title) => !before.includes(title))).toEqual(['The VPN drops every hour']);
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

describe('troubleshooters validated by the content check', () => {
  it('are what later processes list, until their file is edited', async () => {
    const uncached = (await freshProcess()).listWizards(content);
    await (await freshProcess()).checkContentFolder(content);
    expect((await freshProcess()).listWizards(content)).toEqual(uncached);

    tamperCachedTitles('troubleshooters.json');
    expect((await freshProcess()).listWizards(content).map((wizard) => wizard.title)).toEqual(uncached.map((wizard) => `Cached: ${wizard.title}`));

    writeFileSync(tree(), readFileSync(tree(), 'utf8').replace(/^title: .*$/m, 'title: The printer says offline'));
    expect((await freshProcess()).listWizards(content).map((wizard) => wizard.title)).toEqual(['The printer says offline']);
  });

  it('are not kept when the check fails, even if the tree itself is fine', async () => {
    writeFileSync(article(), readFileSync(article(), 'utf8').replace(/^updated: .*$/m, 'updated: someday'));
    expect((await (await freshProcess()).checkContentFolder(content)).ok).toBe(false);
    expect(existsSync(path.join(cacheDir, 'troubleshooters.json'))).toBe(false);
  });
});
