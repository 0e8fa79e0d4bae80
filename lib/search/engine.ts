import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import type { SearchCorpus, SearchDocument, SearchPage } from './documents';
import type { PageSignals } from './rank';
import { indexTerm, tokenize, wordOfIndexTerm } from './terms';

/** A ready-to-query index, the documents and pages its results point into, and what ranking knows of each page. */
export interface SiteSearch {
  engine: MiniSearch<SearchDocument>;
  pages: SearchPage[];
  /** By id: what a result is shown with. */
  documents: readonly SearchDocument[];
  signals: PageSignals;
}

/** Fields a match is scored on. A title or symptom match outranks the same words in a section's text. */
export const FIELD_BOOSTS = { title: 3, symptoms: 3, heading: 2, text: 1 } as const;

const searchOptions: SearchOptions = {
  boost: FIELD_BOOSTS,
  // The word being typed (the last one) is a prefix, so results follow the typing. Earlier words are
  // finished: expanding them too would multiply the terms scored without finding anything better,
  // and two letters would expand to hundreds of terms.
  prefix: (term, index, terms) => index === terms.length - 1 && wordOfIndexTerm(term).length >= 3,
  // About one typo per five letters ("kerberso" → kerberos), capped at two so long words stay fast.
  // Counted on the word, not the index term, so a marked number gets the allowance of its digits.
  fuzzy: (term) => {
    const letters = wordOfIndexTerm(term).length;
    return letters >= 4 ? Math.min(2, Math.round(letters * 0.2)) : false;
  },
  combineWith: 'OR',
};

const engineOptions: Options<SearchDocument> = {
  fields: Object.keys(FIELD_BOOSTS),
  // Results are shown from the corpus (server) or the page chunks (browser), never from the index.
  storeFields: [],
  tokenize,
  processTerm: indexTerm,
  searchOptions,
};

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
export function commonTextTerms(documents: readonly SearchDocument[], termsOf = (text: string) => tokenize(text).map(indexTerm)): Set<string> {
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    const terms = new Set(termsOf(document.text));
    for (const term of terms) if (term !== null) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const threshold = Math.max(COMMON_TERM_MIN_DOCUMENTS, COMMON_TERM_SHARE * documents.length);
  return new Set([...documentFrequency].filter(([, count]) => count > threshold).map(([term]) => term));
}

/**
 * `indexTerm`, remembering each word's term for one build: a site repeats a few thousand words
 * millions of times, and the text of every section is read twice (common words, then the index).
 * About a third of the index's build time at 1,000 articles.
 */
function rememberingIndexTerm(): (word: string) => string | null {
  const terms = new Map<string, string | null>();
  return (word) => {
    let term = terms.get(word);
    if (term === undefined) {
      term = indexTerm(word);
      terms.set(word, term);
    }
    return term;
  };
}

/** Indexes a corpus in memory: the server's /search page and the build use this directly. */
export function buildSiteSearch(corpus: SearchCorpus): SiteSearch {
  const termOf = rememberingIndexTerm();
  const common = commonTextTerms(corpus.documents, (text) => tokenize(text).map(termOf));
  const engine = new MiniSearch<SearchDocument>({
    ...engineOptions,
    // Called per field while indexing; queries are processed without a field and keep every word.
    processTerm: (word, field) => {
      const term = termOf(word);
      return term !== null && field === 'text' && common.has(term) ? null : term;
    },
  });
  engine.addAll(corpus.documents);
  return { engine, pages: corpus.pages, documents: corpus.documents, signals: { pageStarts: pageStartsOf(corpus), pageProducts: corpus.pageProducts } };
}

/** Documents come page by page (see searchCorpus); anything else would break the page lookup. */
function pageStartsOf({ documents, pages }: SearchCorpus): number[] {
  const starts: number[] = [];
  documents.forEach((document, id) => {
    if (document.id !== id) throw new Error(`search corpus: document ${document.id} is numbered out of order`);
    if (document.page === starts.length) starts.push(id);
    else if (document.page !== starts.length - 1) throw new Error(`search corpus: document ${id} is out of page order`);
  });
  if (starts.length !== pages.length) throw new Error('search corpus: every page needs at least one document');
  return starts;
}

/** A MiniSearch over a plain index object (from the split files), with the site's search options. */
export function loadEngine(plain: AsPlainObject): MiniSearch<SearchDocument> {
  return MiniSearch.loadJS<SearchDocument>(plain, engineOptions);
}
