import type { SearchCorpus, SearchDocument, SearchPage } from './documents';
import { FIELDS } from './term-table';
import { tokenize } from './terms';

/**
 * The index is built in blocks of this many consecutive pages, each with its own postings (document
 * ids counted from the block's first document), then joined in page order. A build may keep each
 * block's work in a cache keyed by its documents (IndexBlockCache), so a rebuild after editing one
 * article tokenizes only that article's block: at 10,000 articles tokenizing every text twice (common
 * words, then postings) was most of the index's build.
 */
export const INDEX_BLOCK_PAGES = 100;

/**
 * A block's postings, built with one set of common text words (they change every text field's length).
 * Flat lists of numbers rather than an array per term and field: a rebuild reads every block, and at
 * 10,000 articles parsing and collecting millions of small arrays was a large share of its time.
 */
export interface BlockPostings {
  /** The common words they were built without, sorted: postings built with another set are rebuilt. */
  common: string[];
  /** Terms in the order the block first uses them (the order the whole index adds them in). */
  terms: string[];
  /** Term by term: the number of fields it has postings in, then each such field's id and number of postings, in field order. */
  shape: number[];
  /** Every posting, term by term and field by field: its block-local document id (ascending), frequency and field length. */
  docs: number[];
  frequencies: number[];
  lengths: number[];
  /** Per field, the sum of its documents' lengths. */
  totalLength: number[];
}

/** What a build keeps of one block. */
export interface IndexBlock {
  documentCount: number;
  /** Each page's number of documents, in page order: where the base's pages start, without the documents. */
  pageDocumentCounts: number[];
  /** Each word of the `text` field with the number of the block's documents that use it: common words are counted from these. */
  textDocumentFrequency: [term: string, documents: number][];
  postings?: BlockPostings;
}

/**
 * Where a build keeps blocks between runs (scripts/search-index-cache.ts keeps them on disk). `key`
 * must change with anything the block's index or its page group's file depends on: what its pages'
 * documents are made of (`sources`, see CorpusBlock), its pages, the number of its first page and the
 * indexer's own code (a block is one page group, see sharded.ts, whose revision the build keeps by
 * this key too).
 */
export interface IndexBlockCache {
  key(sources: readonly string[], pages: readonly SearchPage[], firstPage: number): string;
  get(key: string): IndexBlock | undefined;
  set(key: string, block: IndexBlock): void;
}

/**
 * INDEX_BLOCK_PAGES consecutive pages (fewer in the last block) whose documents are made only when
 * asked: a block found in the cache needs none of them.
 */
export interface CorpusBlock {
  firstPage: number;
  pageCount: number;
  /** Per page, what its documents are made of as text: documents made from equal sources are equal. */
  sources: readonly string[];
  /** The block's documents, numbered from `firstId` (the number of documents of the blocks before it). */
  documents(firstId: number): SearchDocument[];
}

/** A corpus whose documents are made block by block, on demand (documents.ts searchCorpusBlocks). */
export interface BlockedCorpus {
  pages: SearchPage[];
  pageProducts: number[];
  blocks: CorpusBlock[];
}

/** A made corpus as blocks: each page's source is its documents' fields. */
export function blockedCorpusOf(corpus: SearchCorpus): BlockedCorpus {
  let firstDocument = 0;
  const blocks = blocksOf(corpus).map((documents): CorpusBlock => {
    const firstPage = (documents[0] as SearchDocument).page;
    const pageCount = (documents.at(-1) as SearchDocument).page - firstPage + 1;
    const sources = Array.from({ length: pageCount }, (_page, offset) => JSON.stringify(documents.filter((document) => document.page === firstPage + offset).map((document) => DOCUMENT_FIELDS.map((field) => document[field]))));
    const from = firstDocument;
    firstDocument += documents.length;
    return { firstPage, pageCount, sources, documents: (firstId) => (firstId === from ? documents : documents.map((document, i) => ({ ...document, id: firstId + i }))) };
  });
  return { pages: corpus.pages, pageProducts: corpus.pageProducts, blocks };
}

/** Every field of a document but its numbers: what a page group's file shows, the indexed ones among them. */
const DOCUMENT_FIELDS = ['kind', 'anchor', 'heading', 'step', 'procedure', 'title', 'symptoms', 'text'] as const satisfies readonly (keyof SearchDocument)[];

/** The corpus's documents cut at every INDEX_BLOCK_PAGES-th page (documents come page by page). */
export function blocksOf(corpus: SearchCorpus): SearchDocument[][] {
  const blocks: SearchDocument[][] = [];
  let block: SearchDocument[] = [];
  let page = -1;
  let pagesInBlock = 0;
  for (const document of corpus.documents) {
    if (document.page !== page) {
      page = document.page;
      if (pagesInBlock === INDEX_BLOCK_PAGES) {
        blocks.push(block);
        block = [];
        pagesInBlock = 0;
      }
      pagesInBlock += 1;
    }
    block.push(document);
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

type TermsOf = (word: string) => readonly string[];

/** In how many of these documents each term of the text field appears, in first-use order. */
export function textDocumentFrequency(documents: readonly SearchDocument[], termsOf: TermsOf): [string, number][] {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    const terms = new Set<string>();
    for (const word of tokenize(document.text)) for (const term of termsOf(word)) terms.add(term);
    for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  return [...frequency];
}

/** A block's postings: each document's field terms with their frequencies, common words left out of `text`. */
export function blockPostings(documents: readonly SearchDocument[], termsOf: TermsOf, common: ReadonlySet<string>): BlockPostings {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  // Every posting in document order, five numbers each (its term's id, field, document, frequency and
  // field length), then sorted by term and field: a list per term and field, grown posting by
  // posting, made most of the index's garbage at 10,000 articles.
  const postings = new GrowingNumbers();
  const totalLength = FIELDS.map(() => 0);
  const frequencies = new Map<string, number>();
  documents.forEach((document, id) => {
    FIELDS.forEach((field, fieldId) => {
      frequencies.clear();
      for (const word of tokenize(document[field])) {
        for (const term of termsOf(word)) {
          if (field === 'text' && common.has(term)) continue;
          frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
        }
      }
      // A field's length is its number of distinct terms, as MiniSearch counted it.
      const length = frequencies.size;
      totalLength[fieldId] = (totalLength[fieldId] as number) + length;
      for (const [term, frequency] of frequencies) {
        let termId = termIds.get(term);
        if (termId === undefined) termIds.set(term, (termId = terms.push(term) - 1));
        postings.push(termId, fieldId, id, frequency, length);
      }
    });
  });
  // Term by term, a term's fields in field order, each field's documents ascending (their order above).
  const { values, size } = postings;
  const slotOf = (at: number) => (values[at] as number) * FIELDS.length + (values[at + 1] as number);
  const next = new Int32Array(terms.length * FIELDS.length);
  for (let at = 0; at < size; at += 5) next[slotOf(at)] = (next[slotOf(at)] as number) + 1;
  const count = size / 5;
  const flat: BlockPostings = { common: [...common].sort(), terms, shape: [], docs: new Array<number>(count), frequencies: new Array<number>(count), lengths: new Array<number>(count), totalLength };
  let start = 0;
  for (let term = 0; term < terms.length; term += 1) {
    const fieldsAt = flat.shape.push(0) - 1;
    for (let field = 0; field < FIELDS.length; field += 1) {
      const slot = term * FIELDS.length + field;
      const listLength = next[slot] as number;
      if (listLength === 0) continue;
      flat.shape[fieldsAt] = (flat.shape[fieldsAt] as number) + 1;
      flat.shape.push(field, listLength);
      next[slot] = start;
      start += listLength;
    }
  }
  for (let at = 0; at < size; at += 5) {
    const slot = slotOf(at);
    const to = next[slot] as number;
    next[slot] = to + 1;
    flat.docs[to] = values[at + 2] as number;
    flat.frequencies[to] = values[at + 3] as number;
    flat.lengths[to] = values[at + 4] as number;
  }
  return flat;
}

/** Numbers appended to one typed array that doubles when full: no object per number or list. */
class GrowingNumbers {
  values = new Int32Array(5 * 1024);
  size = 0;

  push(...numbers: number[]): void {
    if (this.size + numbers.length > this.values.length) {
      const grown = new Int32Array(Math.max(this.values.length * 2, this.size + numbers.length));
      grown.set(this.values);
      this.values = grown;
    }
    for (const value of numbers) this.values[this.size++] = value;
  }
}

/** Whether postings were built with exactly this set of common words. */
export function builtWith(postings: BlockPostings | undefined, common: readonly string[]): postings is BlockPostings {
  return postings !== undefined && postings.common.length === common.length && postings.common.every((term, i) => term === common[i]);
}
