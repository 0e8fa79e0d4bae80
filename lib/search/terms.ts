/**
 * How text becomes index terms. One module for the index, the query and the snippet marker, so a
 * word is marked in a snippet exactly when the index matched it.
 */

/** Spaces, punctuation and symbols: `HKEY_CURRENT_USER\Software` and `401.2` split into their parts. */
export const WORD_SEPARATOR = /[\s\p{Z}\p{P}\p{S}]+/u;

// Words too common to tell sections apart. Dropping them keeps the index small and stops
// "in" or "the" from matching every section by prefix.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by can do does for from has have how i if in into is it its my no not of on or so than that the then there these this to was we what when where which while who why will with you your'.split(
    ' ',
  ),
);

const ASCII = /^[\x00-\x7f]*$/;

// Longer "words" are base64 tokens and hashes in code samples: nobody types them, and they bloat the index.
export const MAX_TERM_LENGTH = 32;

/** Splits text into words, in order, without normalising them. */
export function tokenize(text: string): string[] {
  return text.split(WORD_SEPARATOR).filter((word) => word.length > 0);
}

/**
 * The index form of a word (lower case, accents folded), or null when the word is not indexed.
 * Single characters ("1" of "401.1", "R" of "Windows + R") would match nearly every section.
 */
export function normaliseTerm(word: string): string | null {
  // Most words are plain ASCII, which has no accents to fold: skipping the Unicode work for them
  // halved the time to index 1,000 articles (issue 8, rebuild budget).
  const folded = ASCII.test(word) ? word : word.normalize('NFKD').replace(/\p{M}/gu, '');
  const term = folded.toLowerCase();
  if (term.length < 2 || term.length > MAX_TERM_LENGTH || STOP_WORDS.has(term)) return null;
  return term;
}

// MiniSearch keys each result's match record by term. A term of digits only ("500") is an array
// index to V8, and objects keyed by one are several times slower to build: at 1,000 articles the
// query "500" took 1.6 ms against 0.25 ms for the same postings under a letter key. So numbers are
// indexed behind a mark no word can contain (the tokenizer splits on punctuation).
const NUMBER_MARK = '#';

/** The form a word is indexed and queried under: normaliseTerm's, with numbers marked (see above). */
export function indexTerm(word: string): string | null {
  const term = normaliseTerm(word);
  return term === null ? null : markNumber(term);
}

/** A term of digits only behind the number mark (see NUMBER_MARK); any other term as it is. */
export function markNumber(term: string): string {
  return /^\d+$/.test(term) ? NUMBER_MARK + term : term;
}

/** The word an index term stands for, as normaliseTerm gives it: what snippets mark. */
export function wordOfIndexTerm(term: string): string {
  return term.startsWith(NUMBER_MARK) ? term.slice(NUMBER_MARK.length) : term;
}
