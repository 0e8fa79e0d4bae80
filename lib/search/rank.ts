import type { TextAnalysis } from './analysis';
import { PRODUCT_COUNT, productsNamedIn } from './products';
import { bitCount, matchedWords, type Scored, type Scorer } from './score';
import type { TermTable } from './term-table';

/**
 * What ranking knows of every page besides the index: the server computes it from the corpus, the
 * browser reads it from the base file, so both rank with this one module and agree exactly.
 */
export interface PageSignals {
  /** First document id of each page: the document that stands for the whole page (title, symptoms). */
  pageStarts: readonly number[];
  /** Per page, its products as a bit set over PRODUCT_SLUGS (products.ts). */
  pageProducts: readonly number[];
}

/** How many results to return and how many of them may come from one page. */
export interface RankLimits {
  limit: number;
  perPage: number;
}

/** A result worth showing, before it is shaped: which document, on which page, matching which terms. */
export interface RankedDocument {
  id: number;
  page: number;
  /** The matched words as the index's analysis gives them (without the number mark), for marking snippets. */
  terms: string[];
  /** What it was ranked by: results of two indexes are merged on it (query.ts searchWithFallback). */
  score: number;
}

/**
 * Every document also earns this share of its page's own score (title, symptoms, summary) for the
 * same query. A reader who types an article's symptom wants that article's sections, not a
 * section of another article that happens to use the same words in its body: at 10,000 generated
 * articles, hundreds of steps say "Set EnableNegotiate to 0", and only the real article lists
 * EnableNegotiate as a symptom.
 */
const PAGE_SCORE_SHARE = 0.6;

/**
 * At most this factor for a page filed under a product the query names ("401 edge": the Edge and
 * Chrome article over the Firefox one that mentions Edge once). It shrinks with the share of pages
 * filed under the product, so a product on most pages barely moves anything: naming it tells the
 * pages apart too little to decide alone.
 */
const PRODUCT_BOOST = 1;

// Long pasted text (a whole error dump) would make fuzzy matching slow; its start says enough.
const MAX_QUERY_LENGTH = 120;

/** The query as it is searched: trimmed, and cut short so a pasted dump stays fast. */
export function searchableQuery(query: string): string {
  return query.trim().slice(0, MAX_QUERY_LENGTH);
}

const productShares = new WeakMap<PageSignals, number[]>();

/** Per product, the share of pages filed under it; computed once per index. */
function sharesOf(signals: PageSignals): number[] {
  let shares = productShares.get(signals);
  if (!shares) {
    const counts = new Array<number>(PRODUCT_COUNT).fill(0);
    for (const bits of signals.pageProducts) for (let bit = 0; bit < PRODUCT_COUNT; bit += 1) if (bits & (1 << bit)) counts[bit] = (counts[bit] as number) + 1;
    const pages = Math.max(1, signals.pageProducts.length);
    shares = counts.map((count) => count / pages);
    productShares.set(signals, shares);
  }
  return shares;
}

/** The factor for a page with these products when the query names `named` (1 when it names none it has). */
function productFactor(pageBits: number, named: number, shares: readonly number[]): number {
  const matched = pageBits & named;
  if (matched === 0) return 1;
  let best = 0;
  for (let bit = 0; bit < PRODUCT_COUNT; bit += 1) if (matched & (1 << bit)) best = Math.max(best, 1 - (shares[bit] as number));
  return 1 + PRODUCT_BOOST * best;
}

/** Per document id, its page, and its page's first document: ranking looks both up for every document a query matched. */
interface DocumentPages {
  page: Int32Array;
  pageStart: Int32Array;
}

const pagesOfDocuments = new WeakMap<PageSignals, DocumentPages>();

function pagesOf(signals: PageSignals, documentCount: number): DocumentPages {
  let pages = pagesOfDocuments.get(signals);
  if (!pages) {
    const page = new Int32Array(documentCount);
    const pageStart = new Int32Array(documentCount);
    signals.pageStarts.forEach((start, index) => {
      const end = signals.pageStarts[index + 1] ?? documentCount;
      page.fill(index, start, end);
      pageStart.fill(start, start, end);
    });
    pages = { page, pageStart };
    pagesOfDocuments.set(signals, pages);
  }
  return pages;
}

/** The index a query is ranked on: its terms, a scorer sized for it, what ranking knows of its pages, and how its language's words become terms. */
export interface RankedIndex {
  table: TermTable;
  scorer: Scorer;
  signals: PageSignals;
  documentCount: number;
  analysis: TextAnalysis;
}

/**
 * The best documents for a query, with at most `perPage` from one page so other pages still show.
 * BM25 scores each document on its own (field boosts, see term-table.ts); this adds what a reader
 * expects across documents: a page whose title or symptoms match lifts its sections, and a page
 * filed under a product the query names comes first among equals. Pages in `skipPages` are left
 * out (a language's search leaves out the English of the pages it has in translation).
 */
export function rankDocuments(index: RankedIndex, query: string, limits: RankLimits, skipPages?: ReadonlySet<number>): RankedDocument[] {
  const text = searchableQuery(query);
  if (text === '') return [];
  const { table, signals } = index;
  const scored = index.scorer.run(table, text, index.analysis);
  const named = productsNamedIn(text);
  const pages = pagesOf(signals, index.documentCount);
  const final = finalScoresOf(index, scored, pages.pageStart);
  // Rarer adjustments in passes of their own, so the loop above stays the same for every query.
  if (named !== 0) productFactors(scored.ids, scored.count, pages.page, signals.pageProducts, named, sharesOf(signals), final);
  if (skipPages !== undefined) skipped(scored.ids, scored.count, pages.page, skipPages, final);
  const ranked = selectBest(final, scored.ids, pages.page, limits);
  return ranked.map(({ id, page, score }) => ({ id, page, score, terms: matchedWords(table, scored.expansions, id) }));
}

/** A query's final scores: one array per index reused by every query (as the scorer's are), and the loop that fills it. */
interface FinalScores {
  /** The arrays the loop reads: the scorer's (the same on every run) and the index's page starts. */
  reads: readonly [Int32Array, Float64Array, Uint32Array, Int32Array];
  buffer: Float64Array;
  fill: (count: number) => void;
}

const finalScoresOfIndex = new WeakMap<RankedIndex, FinalScores>();

/** Fills and returns the final scores of the scorer's `scored.count` matches, by position in `scored.ids`. */
function finalScoresOf(index: RankedIndex, scored: Scored, pageStart: Int32Array): Float64Array {
  let final = finalScoresOfIndex.get(index);
  const reads = [scored.ids, scored.score, scored.words, pageStart] as const;
  if (final === undefined || final.reads.some((array, i) => array !== reads[i])) {
    const buffer = new Float64Array(index.documentCount);
    final = { reads, buffer, fill: finalScoreLoop(scored.ids, scored.score, scored.words, pageStart, buffer) };
    finalScoresOfIndex.set(index, final);
  }
  final.fill(scored.count);
  return final.buffer.subarray(0, scored.count);
}

/**
 * Each matched document's score as ranking compares them, by position in `ids`: its own BM25 times
 * the query words it matched, plus a share of its page's own. A closure over the index's arrays
 * rather than a function taking them: while a page has one index, V8 compiles it with those arrays
 * as constants (their lengths and places in memory known), which halved this loop's time at 10,000
 * articles (15,000 matches for a common word); with more indexes it runs as a plain function did.
 * The loop alone: V8 optimizes a long loop while it runs (on-stack replacement), and such code
 * covering more than the loop kept failing its checks after it, on every query.
 */
function finalScoreLoop(ids: Int32Array, score: Float64Array, words: Uint32Array, pageStart: Int32Array, final: Float64Array): (count: number) => void {
  return (count) => {
    for (let i = 0; i < count; i += 1) {
      const id = ids[i] as number;
      const start = pageStart[id] as number;
      // Every document earns a share of its page's own score; the page's own document too, so a
      // section passes its own page only on its own merit.
      const lift = PAGE_SCORE_SHARE * ((score[start] as number) * bitCount(words[start] as number));
      final[i] = (score[id] as number) * bitCount(words[id] as number) + lift;
    }
  };
}

/** Multiplies the scores of documents on pages filed under a product the query names (productFactor). */
function productFactors(ids: Int32Array, count: number, page: Int32Array, pageProducts: readonly number[], named: number, shares: readonly number[], final: Float64Array): void {
  for (let i = 0; i < count; i += 1) {
    final[i] = (final[i] as number) * productFactor(pageProducts[page[ids[i] as number] as number] ?? 0, named, shares);
  }
}

/** Leaves out the documents of `skipPages` (see rankDocuments). */
function skipped(ids: Int32Array, count: number, page: Int32Array, skipPages: ReadonlySet<number>, final: Float64Array): void {
  for (let i = 0; i < count; i += 1) if (skipPages.has(page[ids[i] as number] as number)) final[i] = -Infinity;
}

/**
 * The `limit` best of `scores` (by position in `ids`) with at most `perPage` from one page, best
 * first, ties to the lower position: what sorting every score and walking down the list would
 * give, without the sort, in one pass that keeps the page limit as it goes. At 10,000 articles a
 * common word matches 15,000 documents, and one page can hold dozens of the best ("trusted sites
 * zone"): a plain bounded selection then had to be widened and walked again, or every page's best
 * kept first. Here most matches cost one comparison with the lowest kept score; a match that beats
 * it enters in order, and one more from a page that has `perPage` kept already takes the place of
 * that page's lowest, or stays out when it does not beat it. Nothing left out can come back: a
 * match pushed past `limit` has `limit` others above it, and a page's own lowest, once replaced,
 * has `perPage` of its page above it (each later change only replaces a match by a better one).
 */
export function selectBest(scores: Float64Array, ids: Int32Array, pages: Int32Array, { limit, perPage }: RankLimits): { id: number; page: number; score: number }[] {
  const kept: number[] = [];
  const keptPages: number[] = [];
  // A match must beat this to enter: the lowest kept score once `limit` are kept. -Infinity also
  // keeps out the documents of skipped pages (rankDocuments), which score -Infinity.
  let lowest = -Infinity;
  if (limit < 1 || perPage < 1) return [];
  for (let i = 0; i < scores.length; i += 1) {
    const score = scores[i] as number;
    if (!(score > lowest)) continue;
    if (keep(kept, keptPages, scores, i, pages[ids[i] as number] as number, limit, perPage) && kept.length >= limit) {
      lowest = scores[kept[limit - 1] as number] as number;
    }
  }
  return kept.map((position, j) => ({ id: ids[position] as number, page: keptPages[j] as number, score: scores[position] as number }));
}

/**
 * Puts `position` among the kept ones (best first, at most `limit`, at most `perPage` of a page),
 * after every kept one scoring as much (those came first); says whether it entered. A function of
 * its own, so the long loop of selectBest stays small (see finalScoreLoop).
 */
function keep(kept: number[], keptPages: number[], scores: Float64Array, position: number, page: number, limit: number, perPage: number): boolean {
  const score = scores[position] as number;
  let samePage = 0;
  let pageLowest = -1;
  for (let j = 0; j < kept.length; j += 1) {
    if (keptPages[j] === page) {
      samePage += 1;
      pageLowest = j;
    }
  }
  if (samePage >= perPage) {
    // Its page has enough better (or as good and earlier) ones, unless it beats the lowest of them.
    if (!(score > (scores[kept[pageLowest] as number] as number))) return false;
    kept.splice(pageLowest, 1);
    keptPages.splice(pageLowest, 1);
  }
  let at = kept.length;
  while (at > 0 && score > (scores[kept[at - 1] as number] as number)) at -= 1;
  kept.splice(at, 0, position);
  keptPages.splice(at, 0, page);
  if (kept.length > limit) {
    kept.pop();
    keptPages.pop();
  }
  return true;
}
