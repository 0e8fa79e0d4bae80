import { SOURCE_LANGUAGE, type TranslationLanguage } from '@/lib/i18n/languages';
import { PSEUDO_LANGUAGE } from '@/lib/i18n/pseudo-language';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { SearchDocumentKind, SearchPage } from './documents';

/**
 * The browser's index, split so the first query downloads a small part of it.
 *
 * A whole-site index grows with the corpus (1.5 MB gzip at 1,000 articles), and most of it is
 * never needed: a query only touches terms that start like its words, and shows six results.
 * So the index is cut in three:
 * - a base file: where each page's documents start, each page's products, and the table from term
 *   prefixes to shards: a few bytes per page;
 * - term shards: every term with the same first two letters lives in one shard, so a prefix
 *   query (and a typo after the second letter) finds all its terms in the shard of its word. Each
 *   posting carries the length of the field it is in, which is all BM25 needs of a document;
 * - page chunks: what results are shown with (headings, anchors, snippet text), one per page,
 *   fetched only for pages that made the results.
 * Scores are exactly the whole index's, because each term's postings are whole and carry their
 * documents' lengths; only a typo in a word's first two letters is missed.
 *
 * Version 3 kept every document's field lengths in the base: 42 KiB gzip at 1,000 articles, and
 * ten times that at 10,000, past the 300 KB a first query may download on its own.
 *
 * Chunk folders are named by their own content, not by one revision of the whole index (version 4):
 * with one revision, editing one article renamed every chunk, so the build deleted and rewrote
 * 10,000 files at 10,000 articles (about 10 s of a 26 s rebuild step) and browsers downloaded again
 * chunks that had not changed. Now a build writes, and a browser fetches anew, only the shards whose
 * terms changed and the groups of pages that hold a changed page.

 *
 * A translation language's index holds only its translated pages (version 6): its base names the
 * English index it was built beside and the English pages it translates, and the browser queries
 * both (language-fallback.ts), leaving out the English of those pages.
 */

export const SHARDED_INDEX_VERSION = 6;

/** Page chunks share a folder by this many: few enough names in the base, few files rewritten per edit. */
export const PAGE_GROUP_SIZE = 100;

/** Letters that choose a term's shard: every term is at least this long (see indexTerm). */
export const SHARD_PREFIX_LENGTH = 2;

export interface ShardedIndexBase {
  version: typeof SHARDED_INDEX_VERSION;
  /** Hash of the whole index (of the chunk revisions below and this file's figures): what the build prints. */
  revision: string;
  /**
   * Per shard, a hash of its number and terms: its URL carries it, so a cached shard of another build is
   * never mixed in, and an unchanged shard keeps its URL (and its file) from build to build.
   */
  shardRevisions: string[];
  /** Per group of PAGE_GROUP_SIZE pages, a hash of their numbers and chunks: the URL of each of them carries it. */
  pageGroupRevisions: string[];
  documentCount: number;
  /** Mean length of each field (term-table.ts FIELDS order) over all documents. */
  averageFieldLength: number[];
  /** First document id of each page, each as the difference from the one before; a page's documents run up to the next page's first. */
  pageStarts: number[];
  /** Per page, its products as a bit set (see products.ts). */
  pageProducts: number[];
  shardOfPrefix: Record<string, number>;
  shardCount: number;
  /** The language whose analysis built the index (analysis.ts); absent for English, whose files predate translations. */
  language?: TranslationLanguage;
  /** Only in a translation language's index: the English index that answers for its untranslated pages. */
  fallback?: FallbackIndex;
}

/** What a translation language's base says of the English index built beside it. */
export interface FallbackIndex {
  /** The English base's revision: a browser holding another one (a deploy between two fetches) shows the language's results only. */
  revision: string;
  /** The English pages this index translates, ascending, as differences from the one before: their English results are left out. */
  translatedPages: number[];
}

/** One term's postings in one field: document ids as differences, their term frequencies (0 when all are 1), and their lengths of that field. */
export type ShardPosting = [fieldId: number, documents: number[], frequencies: number[] | 0, fieldLengths: number[]];

/** Terms with their postings per field. */
export type TermShard = [term: string, postings: ShardPosting[]][];

/** Everything needed to show results from one page. */
export interface PageChunk {
  page: SearchPage;
  /** One row per document of the page, in id order: kind, anchor, heading, step, procedure, text. */
  documents: [SearchDocumentKind, string, string, number, string, string][];
}

export interface ShardedIndex {
  base: ShardedIndexBase;
  shards: TermShard[];
  pages: PageChunk[];
}

export function shardPrefix(term: string): string {
  return term.slice(0, SHARD_PREFIX_LENGTH);
}

/** Where the English base file is served; scripts/search-index.ts writes it and every chunk into public/. */
export const SEARCH_INDEX_BASE_PATH = '/search-index.json';

/**
 * Where each language's files live: English where they were before translations, every other
 * language in its own folder (`/search-index/de/index.json`, `/search-index/de/<revision>/…`).
 */
const INDEX_FOLDER = '/search-index';

/** The test-only pseudo-language has no index of its own: its pages search the English one. */
export function isEnglishIndex(language: SiteLanguage): boolean {
  return language === SOURCE_LANGUAGE || language === PSEUDO_LANGUAGE;
}

export function languageFolder(language: SiteLanguage): string {
  return isEnglishIndex(language) ? INDEX_FOLDER : `${INDEX_FOLDER}/${language}`;
}

/** The base file of a language's index: what the search box of a page in that language loads. */
export function searchIndexBasePath(language: SiteLanguage): string {
  return isEnglishIndex(language) ? SEARCH_INDEX_BASE_PATH : `${languageFolder(language)}/index.json`;
}

/** Paths of the chunk files of a language's index (English by default), relative to the site root. */
export const chunkPath = {
  shard: (revision: string, shard: number, language: SiteLanguage = SOURCE_LANGUAGE) => `${languageFolder(language)}/${revision}/terms-${shard}.json`,
  page: (revision: string, page: number, language: SiteLanguage = SOURCE_LANGUAGE) => `${languageFolder(language)}/${revision}/page-${page}.json`,
};

/** Where a shard of this index is served. */
export function shardFile(base: ShardedIndexBase, shard: number): string {
  const revision = base.shardRevisions[shard];
  if (revision === undefined) throw new Error(`search index: no shard ${shard}`);
  return chunkPath.shard(revision, shard, base.language ?? SOURCE_LANGUAGE);
}

/** Where a page chunk of this index is served. */
export function pageFile(base: ShardedIndexBase, page: number): string {
  const revision = base.pageGroupRevisions[Math.floor(page / PAGE_GROUP_SIZE)];
  if (revision === undefined) throw new Error(`search index: no page ${page}`);
  return chunkPath.page(revision, page, base.language ?? SOURCE_LANGUAGE);
}

/** Running sums of differences: the inverse of the delta encoding of document ids and page starts. */
export function undelta(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}
