import { stemmer } from '@orama/stemmers/german';
import type { TextAnalysis } from './analysis';
import { markNumber, MAX_TERM_LENGTH, STOP_WORDS, tokenize } from './terms';

/**
 * German search terms. German writes in one word what English writes in several
 * ("Anforderungsheader", "Uhrzeitabweichung"), inflects nouns ("Kennwörter") and has letters many
 * keyboards lack, so a word becomes a term in four steps, the same for the index and the query:
 * 1. fold: lower case, ä ö ü → a o u (and ae oe ue, as typed without umlauts, except the u of
 *    "qu"), ß → ss, other accents dropped;
 * 2. drop stop words (German function words, and the English ones for the English words German
 *    text and queries carry);
 * 3. one word for a thing with two names: "Passwort" is read as Microsoft's "Kennwort";
 * 4. the Snowball German stem (@orama/stemmers): "Kennwörter", "Kennworts" → kennwort.
 * When indexing, a compound also adds the terms of its parts: its last part (the head) must be a
 * word the indexed text uses, and what comes before it at least four letters ("anforderungs" +
 * "header"), so "Anforderungs-Header" or "Header" finds "Anforderungsheader".
 */

// Folded forms. Function words only: "nicht" and "kein" too, which the English list drops as "not"
// and "no"; no word that names a thing, since every query is about things.
const GERMAN_STOP_WORDS = new Set(
  (
    'der die das den dem des ein eine einen einem einer eines und oder aber doch sondern nicht kein keine keinen keinem keiner ' +
    'zu zum zur im in ins an am auf aus bei beim mit nach von vom vor fur uber unter durch um ohne gegen bis seit ' +
    'als wie wenn ob dass da so es er sie ich du wir ihr ihm ihn ihnen sich man mein meine meinem meinen meiner mich mir ' +
    'ihre ihrem ihren ihrer ihres sein seine seinem seinen seiner dies diese diesem diesen dieser dieses ist sind war waren ' +
    'wird werden wurde wurden hat haben hatte kann konnen muss mussen soll darf auch nur noch schon dann was wo wer warum welche welcher welches'
  ).split(' '),
);

const MIN_PART_LENGTH = 4;

/** Lower case with umlauts, ß and accents folded, as described above. */
export function foldGerman(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/(?<!q)ue|ae|oe/g, (pair) => pair.charAt(0));
}

/** Two names for one thing, read as the one the German content uses (Microsoft's word). */
const SYNONYMS: readonly [RegExp, string][] = [[/passwort/g, 'kennwort']];

/** The folded form a word is stemmed from, or null for a stop word or a word too short or too long. */
function prepared(word: string): string | null {
  let folded = foldGerman(word);
  if (folded.length < 2 || folded.length > MAX_TERM_LENGTH || GERMAN_STOP_WORDS.has(folded) || STOP_WORDS.has(folded)) return null;
  for (const [pattern, replacement] of SYNONYMS) folded = folded.replace(pattern, replacement);
  return folded;
}

/** The term of a prepared word: numbers marked as in English, anything else stemmed. */
function termOfPrepared(folded: string): string {
  if (/^\d+$/.test(folded)) return markNumber(folded);
  const stem = stemmer(folded);
  return stem.length >= 2 ? stem : folded;
}

/** The term a German word is queried and indexed under. */
export function germanTerm(word: string): string | null {
  const folded = prepared(word);
  return folded === null ? null : termOfPrepared(folded);
}

/**
 * The parts of a compound (folded), or none. The head, the last part, must be `known` (its stem is
 * one of the indexed text's); the rest at least MIN_PART_LENGTH letters, split again the same way.
 * Of several heads, one whose modifier is known too wins, then the longest.
 */
export function compoundParts(folded: string, known: (stem: string) => boolean): string[] {
  if (folded.length < 2 * MIN_PART_LENGTH || !/^\p{L}+$/u.test(folded)) return [];
  let best: { modifier: string; head: string; bothKnown: boolean } | undefined;
  for (let at = MIN_PART_LENGTH; at <= folded.length - MIN_PART_LENGTH; at += 1) {
    const head = folded.slice(at);
    if (!known(termOfPrepared(head))) continue;
    const modifier = folded.slice(0, at);
    const bothKnown = known(termOfPrepared(modifier));
    if (!best || (bothKnown && !best.bothKnown)) best = { modifier, head, bothKnown };
  }
  if (!best) return [];
  return [best.modifier, ...compoundParts(best.modifier, known), best.head, ...compoundParts(best.head, known)];
}

export const germanAnalysis: TextAnalysis = {
  language: 'de',
  term: germanTerm,
  // A compound splits at heads found anywhere in the indexed text (see indexer).
  termsReadWholeCorpus: true,
  queryParts(word, known) {
    const folded = prepared(word);
    return folded === null ? [] : [...new Set(compoundParts(folded, known).map(termOfPrepared))];
  },
  partCandidates(word) {
    const folded = prepared(word);
    if (folded === null) return [];
    const candidates: string[] = [];
    for (let at = MIN_PART_LENGTH; at <= folded.length - MIN_PART_LENGTH; at += 1) candidates.push(termOfPrepared(folded.slice(0, at)), termOfPrepared(folded.slice(at)));
    return candidates;
  },
  indexer(texts) {
    const preparedOf = new Map<string, string | null>();
    const prepare = (word: string) => {
      let folded = preparedOf.get(word);
      if (folded === undefined) preparedOf.set(word, (folded = prepared(word)));
      return folded;
    };
    const stems = new Map<string, string>();
    const termOf = (folded: string) => {
      let term = stems.get(folded);
      if (term === undefined) stems.set(folded, (term = termOfPrepared(folded)));
      return term;
    };
    // Heads are the stems of the words the text uses on their own (or as a compound's first word).
    const vocabulary = new Set<string>();
    for (const text of texts()) {
      for (const word of tokenize(text)) {
        const folded = prepare(word);
        if (folded !== null && folded.length >= MIN_PART_LENGTH) vocabulary.add(termOf(folded));
      }
    }
    const known = (stem: string) => vocabulary.has(stem);
    // The index remembers each word's terms (engine.ts), so this runs once per distinct word.
    return (word) => {
      const folded = prepare(word);
      return folded === null ? [] : [...new Set([termOf(folded), ...compoundParts(folded, known).map(termOf)])];
    };
  },
};
