import { englishAnalysis, type TextAnalysis } from './analysis';
import type { SearchCorpus, SearchDocument, SearchPage } from './documents';
import type { PageSignals, RankedIndex } from './rank';
import { Scorer } from './score';
import { FIELDS, TermTable, type FieldPostings, type IndexStats } from './term-table';
import { blockPostings, blocksOf, builtWith, INDEX_BLOCK_PAGES, textDocumentFrequency, type BlockPostings, type IndexBlock, type IndexBlockCache } from './index-blocks';

/** A ready-to-query index, the documents and pages its results point into, and what ranking knows of each page. */
export interface SiteSearch {
  index: RankedIndex;
  stats: IndexStats;
  pages: SearchPage[];
  /** By id: what a result is shown with. */
  documents: readonly SearchDocument[];
  /** Built with a cache: each block's key (index-blocks.ts), block by block; a block is one page group of the split files. */
  blockKeys?: readonly string[];
}

/**
 * A word in the running text of more than 2% of all documents (and of at least 500, so a small
 * site never drops anything) tells sections apart too little to be worth its cost: BM25 gives it
 * a tenth of a rare word's weight, yet its postings are the longest in the index and scoring them
 * dominated query time at 1,000 articles (p95 13 ms → 1.8 ms without them, `npm run bench`).
 * Such words still count in titles, symptoms and headings, where they do tell pages apart.
 */
const COMMON_TERM_SHARE = 0.02;
const COMMON_TERM_MIN_DOCUMENTS = 500;

/** Words too common in the `text` field of this corpus to index there (see COMMON_TERM_SHARE). */
export function commonTextTerms(documents: readonly SearchDocument[], termsOf: (word: string) => readonly string[] = englishAnalysis.indexer(() => [])): Set<string> {
  return commonOf([textDocumentFrequency(documents, termsOf)], documents.length);
}

function commonOf(frequencies: readonly (readonly [string, number][])[], documentCount: number): Set<string> {
  const documentFrequency = new Map<string, number>();
  for (const block of frequencies) for (const [term, count] of block) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + count);
  const threshold = Math.max(COMMON_TERM_MIN_DOCUMENTS, COMMON_TERM_SHARE * documentCount);
  return new Set([...documentFrequency].filter(([, count]) => count > threshold).map(([term]) => term));
}

/**
 * The analysis's index terms, remembering each word's for one build: a site repeats a few thousand
 * words millions of times, and the text of every section is read twice (common words, then the
 * index). About a third of the index's build time at 1,000 articles.
 */
function rememberingIndexTerms(analysis: TextAnalysis, documents: readonly SearchDocument[]): (word: string) => readonly string[] {
  const indexTerms = analysis.indexer(function* () {
    for (const document of documents) for (const field of FIELDS) yield document[field];
  });
  const terms = new Map<string, readonly string[]>();
  return (word) => {
    let found = terms.get(word);
    if (found === undefined) {
      found = indexTerms(word);
      terms.set(word, found);
    }
    return found;
  };
}

/**
 * Indexes a corpus in memory with its language's analysis: the server's /search page and the build
 * use this directly. The build passes a cache of blocks (index-blocks.ts) so that only the blocks
 * whose documents changed are tokenized again; the index is the same with or without it. An analysis
 * whose terms depend on the whole corpus's text (German compounds) is never cached by block.
 */
export function buildSiteSearch(corpus: SearchCorpus, analysis: TextAnalysis = englishAnalysis, cache?: IndexBlockCache): SiteSearch {
  corpus.documents.forEach((document, id) => {
    if (document.id !== id) throw new Error(`search corpus: document ${document.id} is numbered out of order`);
  });
  const blockCache = analysis.termsReadWholeCorpus ? undefined : cache;
  let termsOfCorpus: ((word: string) => readonly string[]) | undefined;
  // Only a block the cache lacks reads words, so a rebuild that finds them all never starts the analysis.
  const termsOf = (word: string) => (termsOfCorpus ??= rememberingIndexTerms(analysis, corpus.documents))(word);

  const blocks = blocksOf(corpus);
  const keys = blocks.map((documents) => {
    const firstPage = (documents[0] as SearchDocument).page;
    return blockCache?.key(documents, corpus.pages.slice(firstPage, firstPage + INDEX_BLOCK_PAGES), firstPage);
  });
  const postings = blockPostingsOf(blocks, keys, corpus.documents.length, termsOf, blockCache);
  const totalLength = FIELDS.map((_field, id) => postings.reduce((sum, block) => sum + (block.totalLength[id] as number), 0));
  const table = joinedTable(postings, blocks);
  const documentCount = corpus.documents.length;
  const stats: IndexStats = { documentCount, averageFieldLength: totalLength.map((total) => total / Math.max(1, documentCount)) };
  const signals: PageSignals = { pageStarts: pageStartsOf(corpus), pageProducts: corpus.pageProducts };
  const blockKeys = blockCache ? keys.filter((key) => key !== undefined) : undefined;
  return { index: { table, scorer: new Scorer(stats), signals, documentCount, analysis }, stats, pages: corpus.pages, documents: corpus.documents, ...(blockKeys ? { blockKeys } : {}) };
}

/**
 * Each block's postings, built with the corpus's common words: from the cache where it holds them,
 * else built and cached. Only the postings outlive this: each block's word counts are dropped here.
 */
function blockPostingsOf(
  blocks: readonly SearchDocument[][],
  keys: readonly (string | undefined)[],
  documentCount: number,
  termsOf: (word: string) => readonly string[],
  blockCache: IndexBlockCache | undefined,
): BlockPostings[] {
  const changed = new Set<number>();
  const built = blocks.map((documents, index): IndexBlock => {
    const key = keys[index];
    const found = key === undefined ? undefined : blockCache?.get(key);
    if (found?.documentCount === documents.length) return found;
    changed.add(index);
    return { documentCount: documents.length, textDocumentFrequency: textDocumentFrequency(documents, termsOf) };
  });
  const common = commonOf(
    built.map((block) => block.textDocumentFrequency),
    documentCount,
  );
  const commonSorted = [...common].sort();
  return built.map((block, index) => {
    if (!builtWith(block.postings, commonSorted)) {
      block.postings = blockPostings(blocks[index] as SearchDocument[], termsOf, common);
      changed.add(index);
    }
    const key = keys[index];
    if (key !== undefined && changed.has(index)) blockCache?.set(key, block);
    return block.postings;
  });
}

/**
 * The blocks' postings joined in block order into one table. Each term's list of each field is made
 * at its final length, counted first: lists grown posting by posting, then copied into the table,
 * made most of the index's garbage at 10,000 articles, and so most of the build's peak memory.
 * Terms enter the table in the order the blocks first use them, which orders the split files' terms.
 */
function joinedTable(postings: readonly BlockPostings[], blocks: readonly SearchDocument[][]): TermTable {
  const fieldCount = FIELDS.length;
  const termIds = new Map<string, number>();
  const termIdsOf = postings.map((block) =>
    block.terms.map((term) => {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      return id;
    }),
  );
  // Per term and field: first its number of postings, then (while filling) how many are in place.
  const counts = new Int32Array(termIds.size * fieldCount);
  forEachList(postings, termIdsOf, (term, field, from, to) => (counts[term * fieldCount + field] = (counts[term * fieldCount + field] as number) + to - from));
  const lists: (FieldPostings & { docs: number[]; frequencies: number[]; lengths: number[] })[] = new Array(counts.length);
  counts.forEach((count, slot) => {
    if (count > 0) lists[slot] = { field: slot % fieldCount, docs: new Array<number>(count), frequencies: new Array<number>(count), lengths: new Array<number>(count) };
  });
  counts.fill(0);
  let offset = 0;
  postings.forEach((block, index) => {
    const { docs, frequencies, lengths } = block;
    forEachList([block], [termIdsOf[index] as number[]], (term, field, from, to) => {
      const slot = term * fieldCount + field;
      const list = lists[slot] as (typeof lists)[number];
      let at = counts[slot] as number;
      for (let posting = from; posting < to; posting += 1, at += 1) {
        list.docs[at] = (docs[posting] as number) + offset;
        list.frequencies[at] = frequencies[posting] as number;
        list.lengths[at] = lengths[posting] as number;
      }
      counts[slot] = at;
    });
    offset += (blocks[index] as SearchDocument[]).length;
  });
  const table = new TermTable();
  for (const [term, id] of termIds) {
    const fields: FieldPostings[] = [];
    for (let field = 0; field < fieldCount; field += 1) {
      const list = lists[id * fieldCount + field];
      if (list) fields.push(list);
    }
    table.add(term, fields);
  }
  return table;
}

/** Walks blocks' flat postings (BlockPostings): each term's list in each field, as the range of postings it holds. */
function forEachList(postings: readonly BlockPostings[], termIdsOf: readonly (readonly number[])[], visit: (term: number, field: number, from: number, to: number) => void): void {
  postings.forEach(({ shape }, index) => {
    const ids = termIdsOf[index] as readonly number[];
    let at = 0;
    let posting = 0;
    for (const id of ids) {
      const fieldCount = shape[at++] as number;
      for (let f = 0; f < fieldCount; f += 1) {
        const field = shape[at++] as number;
        const end = posting + (shape[at++] as number);
        visit(id, field, posting, end);
        posting = end;
      }
    }
  });
}

/** Documents come page by page (see searchCorpus); anything else would break the page lookup. */
function pageStartsOf({ documents, pages }: SearchCorpus): number[] {
  const starts: number[] = [];
  documents.forEach((document, id) => {
    if (document.page === starts.length) starts.push(id);
    else if (document.page !== starts.length - 1) throw new Error(`search corpus: document ${id} is out of page order`);
  });
  if (starts.length !== pages.length) throw new Error('search corpus: every page needs at least one document');
  return starts;
}
