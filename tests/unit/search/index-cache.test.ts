import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutlinedArticle } from '@/lib/content/validated-content';
import { englishAnalysis } from '@/lib/search/analysis';
import { searchCorpus, type SearchCorpus } from '@/lib/search/documents';
import { buildSiteSearch, commonTextTerms } from '@/lib/search/engine';
import type { IndexBlock } from '@/lib/search/index-blocks';
import { shardSiteSearch } from '@/lib/search/sharded';
import { tokenize } from '@/lib/search/terms';
import { generateCorpus } from '../../../scripts/bench/generate-corpus';
import { diskBlockCache } from '../../../scripts/search-index-cache';

/** Every file the browser would be served, as text: what must not differ between a cached and a cold build. */
function servedFiles(corpus: SearchCorpus, cache?: ReturnType<typeof diskBlockCache>): string {
  const split = shardSiteSearch(buildSiteSearch(corpus, englishAnalysis, cache), undefined, cache);
  return JSON.stringify([split.base, split.shards, split.pages]);
}

const folders: string[] = [];
function temporary(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'fixpath-index-cache-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The cache folder's block files (beside them, the page groups' revisions). */
const blockFiles = (folder: string) => readdirSync(folder).filter((name) => /^[0-9a-f]{64}\.json$/.test(name));

/** An indexer source folder the cache fingerprints (the real one is lib/search), and a block cache over it. */
function setUp() {
  const sources = temporary();
  writeFileSync(path.join(sources, 'engine.ts'), 'export const version = 1;\n');
  const folder = temporary();
  return { sources, folder, cache: () => diskBlockCache('en', folder, sources) };
}

/** Builds once with the cache to fill it, then checks that `next` built from that cache equals its cold build. */
function expectSameAsCold(before: OutlinedArticle[], after: OutlinedArticle[]): { hits: number; misses: number } {
  const { cache } = setUp();
  servedFiles(searchCorpus(before, []), cache());
  const warm = cache();
  const corpus = searchCorpus(after, []);
  expect(servedFiles(corpus, warm)).toBe(servedFiles(corpus));
  return warm;
}

// 250 articles: three blocks of index pages, the last one short.
const articles = generateCorpus(250);
const edited = (list: OutlinedArticle[], index: number, change: (article: OutlinedArticle) => OutlinedArticle) => list.map((article, i) => (i === index ? change(article) : article));

// Each test builds a 250-article index several times: seconds on a loaded machine.
describe('the search index built from cached blocks', { timeout: 60_000 }, () => {
  it('is the cold build after editing one article, and tokenizes only that article’s block again', () => {
    const after = edited(articles, 120, (article) => ({
      ...article,
      sections: article.sections.map((section, i) => (i === 0 ? { ...section, text: `${section.text} Kerberos armoring zyxwvut was edited.` } : section)),
    }));
    expect(expectSameAsCold(articles, after)).toMatchObject({ hits: 2, misses: 1 });
  });

  it('is the cold build after adding, removing and renaming articles', () => {
    const extra = generateCorpus(3, 7).map((article) => ({ ...article, slug: `added-${article.slug}` }));
    expectSameAsCold(articles, [...articles.slice(0, 10), ...extra, ...articles.slice(10)]);
    expectSameAsCold(articles, [...articles.slice(0, 150), ...articles.slice(151)]);
    expectSameAsCold(articles, articles.slice(0, 240));
    expectSameAsCold(articles, edited(articles, 30, (article) => ({ ...article, slug: `${article.slug}-renamed`, title: `${article.title} (renamed)` })));
  });

  it('is the cold build when an edit changes which words are too common to index in running text', () => {
    // A word of the last block's running text, written into every section of the first block, becomes
    // common: the last block's cached postings (which index it) must not be used as they are.
    const lastBlockText = searchCorpus(articles.slice(200), []).documents.map((document) => document.text);
    const common = commonTextTerms(searchCorpus(articles, []).documents);
    const word = tokenize(lastBlockText.join(' ')).find((candidate) => /^[a-z]{6,}$/.test(candidate) && !common.has(candidate))!;
    const after = articles.map((article, i) => (i < 100 ? { ...article, sections: article.sections.map((section) => ({ ...section, text: `${section.text} ${word}` })) } : article));
    expect(commonTextTerms(searchCorpus(after, []).documents).has(word)).toBe(true);
    expect(expectSameAsCold(articles, after)).toMatchObject({ hits: 2, misses: 1 });
  });

  it('never serves blocks written by another version of the indexer’s code', () => {
    const { sources, folder, cache } = setUp();
    const corpus = searchCorpus(articles, []);
    servedFiles(corpus, cache());
    // Blocks as a different indexer might have written them: every document's frequencies doubled.
    for (const name of blockFiles(folder)) {
      const block = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as IndexBlock;
      block.postings!.frequencies = block.postings!.frequencies.map((frequency) => frequency * 2);
      writeFileSync(path.join(folder, name), JSON.stringify(block));
    }
    // Found as they are while the indexer's code is the same (so the check below can fail)…
    expect(servedFiles(corpus, cache())).not.toBe(servedFiles(corpus));
    // …and never once it changed.
    writeFileSync(path.join(sources, 'engine.ts'), 'export const version = 2;\n');
    const changed = cache();
    expect(servedFiles(corpus, changed)).toBe(servedFiles(corpus));
    expect(changed.hits).toBe(0);
  });

  it('keeps only the blocks of the last build', () => {
    const { folder, cache } = setUp();
    const first = cache();
    servedFiles(searchCorpus(articles, []), first);
    first.sweep();
    expect(blockFiles(folder)).toHaveLength(3);
    const second = cache();
    servedFiles(searchCorpus(articles.slice(1), []), second);
    second.sweep();
    expect(blockFiles(folder)).toHaveLength(3);
    expect(Object.keys(JSON.parse(readFileSync(path.join(folder, 'page-groups.json'), 'utf8'))).sort()).toEqual(blockFiles(folder).map((name) => name.slice(0, -'.json'.length)).sort());
  });

  it('names page groups by the revisions kept for their blocks, and never by those of other pages or code', () => {
    const { sources, folder, cache } = setUp();
    const corpus = searchCorpus(articles, []);
    const filled = cache();
    servedFiles(corpus, filled);
    filled.sweep();
    // Revisions as if another build had written them: each one's first digit changed.
    const file = path.join(folder, 'page-groups.json');
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    writeFileSync(file, JSON.stringify(Object.fromEntries(Object.entries(kept).map(([key, revision]) => [key, `${revision[0] === 'a' ? 'b' : 'a'}${revision.slice(1)}`]))));
    // Used as they are while the block's pages and the code are the same (so the checks below can fail)…
    expect(servedFiles(corpus, cache())).not.toBe(servedFiles(corpus));
    // …not for a block whose pages changed: an edit in the second block leaves the others' (wrong) names only…
    const after = searchCorpus(
      edited(articles, 120, (article) => ({ ...article, title: `${article.title} edited` })),
      [],
    );
    const warm = shardSiteSearch(buildSiteSearch(after, englishAnalysis, cache()), undefined, cache()).base.pageGroupRevisions;
    const cold = shardSiteSearch(buildSiteSearch(after, englishAnalysis)).base.pageGroupRevisions;
    expect(warm[1]).toBe(cold[1]);
    expect(warm[0]).not.toBe(cold[0]);
    // …and none once the code changed.
    writeFileSync(path.join(sources, 'engine.ts'), 'export const version = 2;\n');
    expect(servedFiles(corpus, cache())).toBe(servedFiles(corpus));
  });
});
