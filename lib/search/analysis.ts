import { SOURCE_LANGUAGE, type TranslationLanguage } from '@/lib/i18n/languages';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { indexTerm } from './terms';

/**
 * How the words of one language become index terms. The index, the query and the snippet marker of
 * a language's index all go through its analysis, so a word is found and marked exactly when the
 * index holds its term.
 */
export interface TextAnalysis {
  /** A language with content of its own (the test-only pseudo-language uses English's). */
  language: typeof SOURCE_LANGUAGE | TranslationLanguage;
  /** The term a word is looked up under (and indexed under, with `indexTerms`'s parts); null when the word is not indexed. */
  term(word: string): string | null;
  /**
   * For one build of an index: the terms a word of the indexed text stands for. A language that
   * joins words into compounds (German) adds their parts, found among the words of the text itself.
   */
  indexer(texts: () => Iterable<string>): (word: string) => readonly string[];
  /**
   * Whether a word's index terms depend on the rest of the indexed text (German's compound heads):
   * then the index cannot be built block by block from cached parts (index-blocks.ts).
   */
  termsReadWholeCorpus?: boolean;
  /**
   * For a query word the index does not hold, in a language that joins words: the terms of its
   * parts that the index knows of ("Kerberosfehler" → kerberos, fehl); empty when it cannot split it.
   */
  queryParts?(word: string, known: (term: string) => boolean): readonly string[];
  /** Every term queryParts may look up for a word: the browser loads their shards first, so it splits as the server does. */
  partCandidates?(word: string): readonly string[];
}

const NONE: readonly string[] = [];

/** English: each word is one term (terms.ts), exactly as the index was built before translations. */
export const englishAnalysis: TextAnalysis = {
  language: SOURCE_LANGUAGE,
  term: indexTerm,
  indexer: () => (word) => {
    const term = indexTerm(word);
    return term === null ? NONE : [term];
  },
};

/**
 * The analysis of a site language's index, for the browser: another language's (and its stemmer)
 * is fetched only by a page in that language, so the English search code stays as it was. The
 * server and the build use analysisOf (analyses.ts), which has every language at hand.
 */
export async function loadAnalysis(language: SiteLanguage): Promise<TextAnalysis> {
  switch (language) {
    case 'en':
    case 'en-XA': // the test-only pseudo-language searches the English index
      return englishAnalysis;
    case 'de':
      return (await import('./german')).germanAnalysis;
  }
}
