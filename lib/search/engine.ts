import { englishAnalysis, type TextAnalysis } from './analysis';
import type { SearchCorpus, SearchDocument, SearchPage } from './documents';
import type { PageSignals, RankedIndex } from './rank';
import { Scorer } from './score';
import { FIELDS, TermTable, type FieldPostings, type IndexStats } from './term-table';
import { blockedCorpusOf, blockPostings, builtWith, textDocumentFrequency, type BlockedCorpus, type BlockPostings, type CorpusBlock, type IndexBlock, type IndexBlockCache } from './index-blocks';

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
function rememberingIndexTerms(analysis: TextAnalysis, documents: () => Iterable<SearchDocument>): (word: string) => readonly string[] {
  const indexTerms = analysis.indexer(function* () {
    for (const document of documents()) for (const field of FIELDS) yield document[field];
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
 * Indexes a corpus in memory with its language's analysis: the server's /search page uses this
 * directly. With a cache of blocks (index-blocks.ts) only the blocks whose documents changed are
 * tokenized again; the index is the same with or without it.
 */
export function buildSiteSearch(corpus: SearchCorpus, analysis: TextAnalysis = englishAnalysis, cache?: IndexBlockCache): SiteSearch {
  corpus.documents.forEach((document, id) => {
    if (document.id !== id) throw new Error(`search corpus: document ${document.id} is numbered out of order`);
  });
  pageStartsOf(corpus);
  const { documentsOfGroup: _documentsOfGroup, ...search } = buildBlockedSiteSearch(blockedCorpusOf(corpus), analysis, cache);
  return { ...search, documents: corpus.documents };
}

/**
 * What the build makes of a corpus of blocks (documents.ts searchCorpusBlocks): the index, and each page
 * group's documents made on demand (sharded.ts asks only for a group whose files it must write).
 */
export type BlockedSiteSearch = Omit<SiteSearch, 'documents'> & {
  /** The documents of the page group (one index block) starting at this page. */
  documentsOfGroup(firstPage: number): readonly SearchDocument[];
};

/**
 * buildSiteSearch over blocks: a block the cache holds is taken as it is, its documents never made (so
 * a rebuild after one edit reads the sections of that edit's block only). An analysis whose terms depend
 * on the whole corpus's text (German compounds) is never cached by block.
 */
export function buildBlockedSiteSearch(corpus: BlockedCorpus, analysis: TextAnalysis = englishAnalysis, cache?: IndexBlockCache): BlockedSiteSearch {
  const blockCache = analysis.termsReadWholeCorpus ? undefined : cache;
  const made: (SearchDocument[] | undefined)[] = [];
  const firstIds: number[] = [];
  const documentsOf = (index: number) => (made[index] ??= (corpus.blocks[index] as CorpusBlock).documents(firstIds[index] as number));
  let termsOfCorpus: ((word: string) => readonly string[]) | undefined;
  // Only a block the cache lacks reads words, so a rebuild that finds them all never starts the analysis.
  // Without a cache every block's documents are made before the first word is read.
  const termsOf = (word: string) => (termsOfCorpus ??= rememberingIndexTerms(analysis, () => made.flatMap((documents) => documents ?? [])))(word);

  const keys = corpus.blocks.map((block) => blockCache?.key(block.sources, corpus.pages.slice(block.firstPage, block.firstPage + block.pageCount), block.firstPage));
  let documentCount = 0;
  const found = corpus.blocks.map((block, index) => {
    firstIds.push(documentCount);
    const key = keys[index];
    const cached = key === undefined ? undefined : blockCache?.get(key);
    const usable = cached?.pageDocumentCounts.length === block.pageCount ? cached : undefined;
    documentCount += usable?.documentCount ?? documentsOf(index).length;
    return usable;
  });
  const postings = blockPostingsOf(found, documentsOf, keys, documentCount, termsOf, blockCache);
  const totalLength = FIELDS.map((_field, id) => postings.reduce((sum, block) => sum + (block.totalLength[id] as number), 0));
  const table = joinedTable(postings, firstIds);
  const stats: IndexStats = { documentCount, averageFieldLength: totalLength.map((total) => total / Math.max(1, documentCount)) };
  const signals: PageSignals = { pageStarts: pageStartsOfBlocks(corpus, found, documentsOf), pageProducts: corpus.pageProducts };
  const blockKeys = blockCache ? keys.filter((key) => key !== undefined) : undefined;
  const blockOfPage = new Map(corpus.blocks.map((block, index) => [block.firstPage, index]));
  return {
    index: { table, scorer: new Scorer(stats), signals, documentCount, analysis },
    stats,
    pages: corpus.pages,
    documentsOfGroup: (firstPage) => {
      const index = blockOfPage.get(firstPage);
      if (index === undefined) throw new Error(`search index: no block starts at page ${firstPage}`);
      return documentsOf(index);
    },
    ...(blockKeys ? { blockKeys } : {}),
  };
}

/**
 * Each block's postings, built with the corpus's common words: from the cache where it holds them,
 * else built (its documents made) and cached. Only the postings outlive this: each block's word counts are dropped here.
 */
function blockPostingsOf(
  found: readonly (IndexBlock | undefined)[],
  documentsOf: (index: number) => SearchDocument[],
  keys: readonly (string | undefined)[],
  documentCount: number,
  termsOf: (word: string) => readonly string[],
  blockCache: IndexBlockCache | undefined,
): BlockPostings[] {
  const changed = new Set<number>();
  const built = found.map((block, index): IndexBlock => {
    if (block) return block;
    changed.add(index);
    const documents = documentsOf(index);
    return { documentCount: documents.length, pageDocumentCounts: pageDocumentCountsOf(documents), textDocumentFrequency: textDocumentFrequency(documents, termsOf) };
  });
  const common = commonOf(
    built.map((block) => block.textDocumentFrequency),
    documentCount,
  );
  const commonSorted = [...common].sort();
  return built.map((block, index) => {
    if (!builtWith(block.postings, commonSorted)) {
      block.postings = blockPostings(documentsOf(index), termsOf, common);
      changed.add(index);
    }
    const key = keys[index];
    if (key !== undefined && changed.has(index)) blockCache?.set(key, block);
    return block.postings;
  });
}

/** Documents come page by page (see searchCorpus): each page's count, in page order. */
function pageDocumentCountsOf(documents: readonly SearchDocument[]): number[] {
  const counts: number[] = [];
  const firstPage = documents[0]?.page ?? 0;
  for (const document of documents) {
    const page = document.page - firstPage;
    if (page === counts.length) counts.push(1);
    else if (page === counts.length - 1) counts[page] = (counts[page] as number) + 1;
    else throw new Error(`search corpus: document ${document.id} is out of page order`);
  }
  return counts;
}

/** Where each page's documents start, from the blocks' page counts. */
function pageStartsOfBlocks(corpus: BlockedCorpus, found: readonly (IndexBlock | undefined)[], documentsOf: (index: number) => SearchDocument[]): number[] {
  const starts: number[] = [];
  let start = 0;
  corpus.blocks.forEach((block, index) => {
    const counts = found[index]?.pageDocumentCounts ?? pageDocumentCountsOf(documentsOf(index));
    if (counts.length !== block.pageCount) throw new Error('search corpus: every page needs at least one document');
    for (const count of counts) {
      starts.push(start);
      start += count;
    }
  });
  if (starts.length !== corpus.pages.length) throw new Error('search corpus: every page needs at least one document');
  return starts;
}

/**
 * The blocks' postings joined in block order into one table. Each term's list of each field is made
 * at its final length, counted first: lists grown posting by posting, then copied into the table,
 * made most of the index's garbage at 10,000 articles, and so most of the build's peak memory.
 * Terms enter the table in the order the blocks first use them, which orders the split files' terms.
 */
function joinedTable(postings: readonly BlockPostings[], firstIds: readonly number[]): TermTable {
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
  postings.forEach((block, index) => {
    const { docs, frequencies, lengths } = block;
    const offset = firstIds[index] as number;
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
