import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutlinedArticle } from '@/lib/content/validated-content';
import { englishAnalysis } from '@/lib/search/analysis';
import { searchCorpus, searchCorpusBlocks } from '@/lib/search/documents';
import { buildBlockedSiteSearch, buildSiteSearch } from '@/lib/search/engine';
import { shardSiteSearch, splitSiteSearch } from '@/lib/search/sharded';
import { generateCorpus } from '../../../scripts/bench/generate-corpus';
import { diskBlockCache } from '../../../scripts/search-index-cache';

/**
 * The build keys the index's blocks by what the content check knows without reading section text: each
 * article's outline key (which names its anchors and sections) and header. These tests hold the keying
 * to that: a block is reused exactly while its articles' keys and headers are the same.
 */

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** An article as the check hands it on: sections read on use (counted), its outline key beside them. */
function checked(article: OutlinedArticle, key: string, reads: { count: number }): OutlinedArticle {
  const { sections, ...header } = article;
  return Object.defineProperty({ ...header, outlineKey: key }, 'sections', {
    enumerable: true,
    get: () => {
      reads.count += 1;
      return sections;
    },
  }) as OutlinedArticle;
}

// 250 articles: three blocks of index pages, the last one short.
const plain = generateCorpus(250);
const keyOf = (article: OutlinedArticle) => `outline-of-${article.slug}`;

/** Every file the browser would be served, as text, built cold from plain articles (no cache, no keys). */
function coldFiles(articles: OutlinedArticle[]): string {
  const split = shardSiteSearch(buildSiteSearch(searchCorpus(articles, []), englishAnalysis));
  return JSON.stringify([split.base, split.shards, split.pages]);
}

/** A build from checked articles with the cache in `folder`: its files as text, its hits and misses, and the sections it read. */
function warmBuild(folder: string, articles: OutlinedArticle[], keys: (article: OutlinedArticle, index: number) => string = keyOf, files = true) {
  const reads = { count: 0 };
  const cache = diskBlockCache('en', folder);
  const search = buildBlockedSiteSearch(searchCorpusBlocks(articles.map((article, index) => checked(article, keys(article, index), reads)), []), englishAnalysis, cache);
  let text = '';
  if (files) {
    const split = shardSiteSearch(search, undefined, cache);
    text = JSON.stringify([split.base, split.shards, split.pages]);
  } else {
    // As the build: page groups whose revision is known are not made when their folder is there.
    splitSiteSearch(search, { shard: () => undefined, pageGroup: () => undefined }, undefined, cache);
  }
  cache.sweep();
  return { text, hits: cache.hits, misses: cache.misses, reads: reads.count };
}

function filledCache(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'fixpath-index-keys-'));
  folders.push(folder);
  warmBuild(folder, plain);
  return folder;
}

const editedSections = (article: OutlinedArticle): OutlinedArticle => ({
  ...article,
  sections: article.sections.map((section, i) => (i === 0 ? { ...section, text: `${section.text} Kerberos armoring zyxwvut was edited.` } : section)),
});

describe('index blocks keyed by the articles’ outline keys', { timeout: 60_000 }, () => {
  it('builds what a cold build of the same articles builds', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'fixpath-index-keys-'));
    folders.push(folder);
    expect(warmBuild(folder, plain).text).toBe(coldFiles(plain));
    expect(warmBuild(folder, plain)).toMatchObject({ text: coldFiles(plain), hits: 3, misses: 0 });
  });

  it('reads no section text for a rebuild of unchanged articles', () => {
    const folder = filledCache();
    expect(warmBuild(folder, plain, keyOf, false)).toEqual({ text: '', hits: 3, misses: 0, reads: 0 });
  });

  it('builds an edited article’s block again (reading that block’s sections only) and serves the cold build', () => {
    const folder = filledCache();
    const after = plain.map((article, i) => (i === 120 ? editedSections(article) : article));
    const rebuilt = warmBuild(folder, after, (article, index) => (index === 120 ? 'outline-of-the-edit' : keyOf(article)), false);
    expect(rebuilt).toMatchObject({ hits: 2, misses: 1, reads: 100 });
    expect(warmBuild(filledCache(), after, (article, index) => (index === 120 ? 'outline-of-the-edit' : keyOf(article))).text).toBe(coldFiles(after));
  });

  it('changes the index when only an article’s title, summary or symptoms change (its outline key is the same)', () => {
    const changes: ((article: OutlinedArticle) => OutlinedArticle)[] = [
      (article) => ({ ...article, title: `${article.title} edited` }),
      (article) => ({ ...article, summary: `${article.summary} Zyxwvut edited.` }),
      (article) => ({ ...article, symptoms: [...article.symptoms, 'zyxwvut edited symptom'] }),
    ];
    for (const change of changes) {
      const after = plain.map((article, i) => (i === 150 ? change(article) : article));
      expect(coldFiles(after)).not.toBe(coldFiles(plain));
      const rebuilt = warmBuild(filledCache(), after);
      expect(rebuilt).toMatchObject({ hits: 2, misses: 1 });
      expect(rebuilt.text).toBe(coldFiles(after));
    }
  });

  it('would serve a block whose sections changed under the same outline key (so the key is what decides above)', () => {
    const after = plain.map((article, i) => (i === 120 ? editedSections(article) : article));
    const stale = warmBuild(filledCache(), after);
    expect(stale).toMatchObject({ hits: 3, misses: 0 });
    expect(stale.text).not.toBe(coldFiles(after));
  });
});
