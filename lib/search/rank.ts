import type MiniSearch from 'minisearch';
import type { SearchDocument } from './documents';
import { PRODUCT_COUNT, productsNamedIn } from './products';
import { wordOfIndexTerm } from './terms';

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
  /** The matched words as normaliseTerm gives them, for marking snippets. */
  terms: string[];
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

/** The page a document belongs to: the last page starting at or before it. */
export function pageOfDocument(pageStarts: readonly number[], id: number): number {
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((pageStarts[middle] as number) <= id) low = middle;
    else high = middle - 1;
  }
  return low;
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

/**
 * The best documents for a query, with at most `perPage` from one page so other pages still show.
 * MiniSearch scores each document on its own (BM25, field boosts); this adds what a reader expects
 * across documents: a page whose title or symptoms match lifts its sections, and a page filed under
 * a product the query names comes first among equals.
 */
export function rankDocuments(engine: MiniSearch<SearchDocument>, query: string, limits: RankLimits, signals: PageSignals): RankedDocument[] {
  const text = searchableQuery(query);
  if (text === '') return [];
  const results = engine.search(text);
  const named = productsNamedIn(text);
  const shares = named === 0 ? [] : sharesOf(signals);

  const pageScore = new Map<number, number>();
  const pages = results.map((result) => {
    const id = result.id as number;
    const page = pageOfDocument(signals.pageStarts, id);
    if (signals.pageStarts[page] === id) pageScore.set(page, result.score);
    return page;
  });
  const scored = results.map((result, index) => {
    const page = pages[index] as number;
    // The page's own document earns it too, so a section passes its own page only on its own merit.
    const lift = PAGE_SCORE_SHARE * (pageScore.get(page) ?? 0);
    const factor = named === 0 ? 1 : productFactor(signals.pageProducts[page] ?? 0, named, shares);
    return { index, page, score: (result.score + lift) * factor };
  });
  // Ties keep MiniSearch's order, so equal scores rank the same on the server and in the browser.
  scored.sort((a, b) => b.score - a.score || a.index - b.index);

  const ranked: RankedDocument[] = [];
  const perPageCount = new Map<number, number>();
  for (const { index, page } of scored) {
    const count = perPageCount.get(page) ?? 0;
    if (count >= limits.perPage) continue;
    perPageCount.set(page, count + 1);
    const result = results[index]!;
    ranked.push({ id: result.id as number, page, terms: result.terms.map(wordOfIndexTerm) });
    if (ranked.length >= limits.limit) break;
  }
  return ranked;
}
