import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { englishAnalysis } from '@/lib/search/analysis';
import { searchCorpus } from '@/lib/search/documents';
import { buildSiteSearch, commonTextTerms, type SiteSearch } from '@/lib/search/engine';
import { INDEX_BLOCK_PAGES } from '@/lib/search/index-blocks';
import { splitSiteSearch, type ChunkFile } from '@/lib/search/sharded';
import { pageFile, shardFile } from '@/lib/search/sharded-format';
import { FIELDS } from '@/lib/search/term-table';
import { tokenize } from '@/lib/search/terms';
import { generateCorpus } from '../../../scripts/bench/generate-corpus';
import { diskBlockCache } from '../../../scripts/search-index-cache';

// 250 articles: three blocks of index pages, so terms and lists span blocks.
const corpus = searchCorpus(generateCorpus(250), []);

/**
 * The postings as the index defines them, counted document by document over the whole corpus: per
 * term (in the order documents first use it) and field, every document using it with its frequency
 * and the field's number of distinct terms.
 */
function countedPostings(): [string, { field: number; docs: number[]; frequencies: number[]; lengths: number[] }[]][] {
  const termsOf = englishAnalysis.indexer(() => []);
  const common = commonTextTerms(corpus.documents);
  const postings = new Map<string, { field: number; docs: number[]; frequencies: number[]; lengths: number[] }[]>();
  corpus.documents.forEach((document, id) => {
    FIELDS.forEach((field, fieldId) => {
      const frequencies = new Map<string, number>();
      for (const word of tokenize(document[field])) {
        for (const term of termsOf(word)) if (field !== 'text' || !common.has(term)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      }
      for (const [term, frequency] of frequencies) {
        const byField = postings.get(term) ?? [];
        postings.set(term, byField);
        let list = byField.find((candidate) => candidate.field === fieldId);
        if (!list) byField.push((list = { field: fieldId, docs: [], frequencies: [], lengths: [] }));
        list.docs.push(id);
        list.frequencies.push(frequency);
        list.lengths.push(frequencies.size);
      }
    });
  });
  for (const byField of postings.values()) byField.sort((a, b) => a.field - b.field);
  return [...postings];
}

const tableOf = (search: SiteSearch) =>
  [...search.index.table.entries()].map(([term, byField]) => [term, byField.map(({ field, docs, frequencies, lengths }) => ({ field, docs: Array.from(docs), frequencies: Array.from(frequencies), lengths: Array.from(lengths) }))]);

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the index’s postings, built block by block', { timeout: 60_000 }, () => {
  it('are every document’s terms counted over the whole corpus, built cold or from cached blocks', () => {
    expect(corpus.pages.length).toBeGreaterThan(2 * INDEX_BLOCK_PAGES);
    const expected = countedPostings();
    expect(tableOf(buildSiteSearch(corpus))).toEqual(expected);

    const folder = mkdtempSync(path.join(tmpdir(), 'fixpath-postings-'));
    folders.push(folder);
    buildSiteSearch(corpus, englishAnalysis, diskBlockCache('en', folder));
    const warm = diskBlockCache('en', folder);
    expect(tableOf(buildSiteSearch(corpus, englishAnalysis, warm))).toEqual(expected);
    expect(warm.hits).toBe(3);
  });
});

describe('the split index handed over folder by folder', () => {
  it('gives each file as the JSON of what it holds, at the path its base names', () => {
    const shards: ChunkFile<unknown>[] = [];
    const pages: ChunkFile<unknown>[] = [];
    const base = splitSiteSearch(buildSiteSearch(corpus), { shard: (file) => shards.push(file), pageGroup: (files) => pages.push(...files) });
    expect(shards).toHaveLength(base.shardCount);
    expect(pages).toHaveLength(corpus.pages.length);
    shards.forEach((file, index) => {
      expect(file.path).toBe(shardFile(base, index));
      expect(file.json()).toBe(JSON.stringify(file.value));
    });
    pages.forEach((file, index) => {
      expect(file.path).toBe(pageFile(base, index));
      expect(file.json()).toBe(JSON.stringify(file.value));
    });
  });
});
