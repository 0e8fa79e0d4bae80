import { englishAnalysis, type TextAnalysis } from './analysis';
import { FIELD_BOOSTS, FIELDS, type FieldPostings, type IndexStats, type TermTable } from './term-table';
import { tokenize, wordOfIndexTerm } from './terms';

/**
 * BM25 over the site's term table, written for speed: at 10,000 articles a query touches tens of
 * thousands of postings, and MiniSearch, which did the scoring before, built a result object per
 * document (p95 470 ms in `npm run bench`). Here scores add up in typed arrays reused between
 * queries, and only the best documents become objects. The formula and weights are MiniSearch's.
 */

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** Weight of a term found by the prefix being typed, or by a typo, against an exact match (MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BOOSTS = FIELDS.map((field) => FIELD_BOOSTS[field]);
/** Query words beyond this many are ignored: each one has a bit in a document's match mask. */
const MAX_QUERY_WORDS = 30;

/** One index term a query word reaches, and how much a match on it counts. */
interface Expansion {
  term: string;
  word: number;
  weight: number;
}

/**
 * The query's words as index terms of the index's language, in order; the last one is the word
 * being typed. Given the index, a compound it has no term for, not even as the start of a longer
 * one, stands for its parts (analysis.queryParts), as if they had been typed apart.
 */
export function queryTerms(query: string, analysis: TextAnalysis = englishAnalysis, table?: TermTable): string[] {
  const terms: string[] = [];
  for (const word of tokenize(query)) {
    const term = analysis.term(word);
    if (term === null) continue;
    const unknown = table !== undefined && analysis.queryParts !== undefined && table.get(term) === undefined && table.withPrefix(term).next().done === true;
    const parts = unknown ? (analysis.queryParts?.(word, (candidate) => table.get(candidate) !== undefined) ?? []) : [];
    terms.push(...(parts.length > 0 ? parts : [term]));
  }
  return terms.slice(0, MAX_QUERY_WORDS);
}

/**
 * The terms each query word reaches: itself; while typing, the last word as a prefix (from 3
 * letters, so two letters do not expand to hundreds of terms); and about one typo per five letters,
 * capped at two, among the terms of its group ("kerberso" → kerberos). Counted on the word, so a
 * marked number gets the allowance of its digits.
 */
export function expand(table: TermTable, terms: readonly string[]): Expansion[] {
  const expansions: Expansion[] = [];
  terms.forEach((term, word) => {
    const seen = new Set<string>([term]);
    if (table.get(term)) expansions.push({ term, word, weight: 1 });
    const letters = wordOfIndexTerm(term).length;
    if (word === terms.length - 1 && letters >= 3) {
      for (const longer of table.withPrefix(term)) {
        seen.add(longer);
        expansions.push({ term: longer, word, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * (longer.length - term.length)) });
      }
    }
    const distance = letters >= 4 ? Math.min(2, Math.round(letters * 0.2)) : 0;
    if (distance === 0) return;
    for (const candidate of table.group(term)) {
      if (seen.has(candidate) || Math.abs(candidate.length - term.length) > distance) continue;
      const edits = editDistance(term, candidate, distance);
      if (edits <= distance) expansions.push({ term: candidate, word, weight: (FUZZY_WEIGHT * candidate.length) / (candidate.length + edits) });
    }
  });
  return expansions;
}

/** Two rows of the edit-distance table, reused: a number's typo looks at a thousand terms ("#4625" against "#4xxx"). */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, giving up (returning max + 1) once every path is past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (b.length + 1 > previousRow.length) {
    previousRow = new Int32Array(2 * (b.length + 1));
    currentRow = new Int32Array(2 * (b.length + 1));
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let best = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/** Scores of the documents a query matched: ids in the order first matched, and their scores; the same arrays on every run of a scorer. */
export interface Scored {
  ids: Int32Array;
  count: number;
  /** By document id: the BM25 sum, before it is multiplied by how many query words matched (as MiniSearch does; ranking does it, rank.ts finalScoreLoop). */
  score: Float64Array;
  /** By document id: a bit per query word it matched. */
  words: Uint32Array;
  expansions: Expansion[];
}

/** Reusable buffers for one index size: allocating them per query would cost more than scoring. */
export class Scorer {
  private readonly score: Float64Array;
  private readonly words: Uint32Array;
  private readonly touched: Int32Array;
  private count = 0;
  private readonly addPostings: PostingsAdder;

  constructor(private readonly stats: IndexStats) {
    this.score = new Float64Array(stats.documentCount);
    this.words = new Uint32Array(stats.documentCount);
    this.touched = new Int32Array(stats.documentCount);
    this.addPostings = postingsAdder(this.score, this.words, this.touched);
  }

  /**
   * BM25 of every matching document, with the query words each matched. Multiplying by their
   * number is left to ranking, which reads every match once anyway: a pass over every match less.
   */
  run(table: TermTable, query: string, analysis: TextAnalysis = englishAnalysis): Scored {
    clear(this.touched, this.count, this.score, this.words);
    this.count = 0;
    const expansions = expand(table, queryTerms(query, analysis, table));
    const { documentCount, averageFieldLength } = this.stats;
    for (const { term, word, weight } of expansions) {
      const bit = 1 << word;
      for (const postings of table.get(term) ?? []) {
        const matching = postings.docs.length;
        const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
        const factor = weight * (BOOSTS[postings.field] ?? 1) * idf;
        const average = averageFieldLength[postings.field] || 1;
        this.count = this.addPostings(postings, factor, average, bit, this.count);
      }
    }
    return { ids: this.touched, count: this.count, score: this.score, words: this.words, expansions };
  }
}

/** Forgets the last query's sums: only the documents it touched. A function of its own, see addPostings. */
function clear(touched: Int32Array, count: number, score: Float64Array, words: Uint32Array): void {
  for (let i = 0; i < count; i += 1) {
    const id = touched[i] as number;
    score[id] = 0;
    words[id] = 0;
  }
}

/** Adds one posting list's BM25 to the running sums of a scorer; returns the new number of touched documents. */
type PostingsAdder = (postings: FieldPostings, factor: number, average: number, bit: number, touchedCount: number) => number;

/**
 * The hottest loop of a query (tens of thousands of postings at 10,000 articles), over locals, kept
 * free of property reads and writes. A closure over the scorer's arrays rather than a function
 * taking them: while a page has one index, V8 compiles it with those arrays as constants (see
 * rank.ts finalScoreLoop). Long loops live in functions of their own: V8 optimizes a long loop
 * while it runs, and such code covering the code after the loop (the reset loop used to open
 * Scorer.run) was thrown away on every query and rebuilt on the next.
 */
function postingsAdder(score: Float64Array, words: Uint32Array, touched: Int32Array): PostingsAdder {
  return ({ docs, frequencies, lengths }, factor, average, bit, touchedCount) => {
    const { k, b, d } = BM25;
    let count = touchedCount;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i] as number;
      const frequency = frequencies[i] as number;
      const bm25 = d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * (lengths[i] as number)) / average));
      const matched = words[doc] as number;
      if (matched === 0) touched[count++] = doc;
      score[doc] = (score[doc] as number) + factor * bm25;
      words[doc] = matched | bit;
    }
    return count;
  };
}

/** The words (index terms without the number mark) of `expansions` that `doc` contains, for marking its snippet. */
export function matchedWords(table: TermTable, expansions: readonly Expansion[], doc: number): string[] {
  const words = new Set<string>();
  for (const { term } of expansions) {
    // Plain loops, no `?? []` or callback: inlined into ranking, an array of another shape here sent
    // V8's optimized ranking back to the interpreter on every query of a bench run (a deopt loop).
    const lists = table.get(term);
    if (lists === undefined) continue;
    for (let i = 0; i < lists.length; i += 1) {
      if (includes((lists[i] as FieldPostings).docs, doc)) {
        words.add(wordOfIndexTerm(term));
        break;
      }
    }
  }
  return [...words];
}

function includes(sorted: ArrayLike<number>, value: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = sorted[middle] as number;
    if (found === value) return true;
    if (found < value) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/**
 * How many bits are set: the number of query words a document matched. Counted in parallel
 * (pairs, nibbles, bytes) rather than bit by bit: ranking counts two masks per match, and a loop
 * whose length varies with the mask costs a mispredicted branch on most of them.
 */
export function bitCount(bits: number): number {
  const pairs = bits - ((bits >>> 1) & 0x55555555);
  const nibbles = (pairs & 0x33333333) + ((pairs >>> 2) & 0x33333333);
  return Math.imul((nibbles + (nibbles >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
