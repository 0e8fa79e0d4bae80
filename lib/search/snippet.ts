import { englishAnalysis, type TextAnalysis } from './analysis';
import { WORD_SEPARATOR, wordOfIndexTerm } from './terms';

/** A run of text, marked when it is a word the query matched. Rendered as text, never as HTML. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

// The separators are captured, so splitting keeps every character and positions stay exact.
const WORDS_AND_SEPARATORS = new RegExp(`(${WORD_SEPARATOR.source})`, 'u');
const SEPARATORS = new RegExp(WORD_SEPARATOR.source, 'gu');

/** Splits text into parts, marking each word whose term (in the index's language, without the number mark) is one of `terms`. */
export function markTerms(text: string, terms: ReadonlySet<string>, analysis: TextAnalysis = englishAnalysis): SnippetPart[] {
  const parts: SnippetPart[] = [];
  text.split(WORDS_AND_SEPARATORS).forEach((piece, index) => {
    if (piece === '') return;
    // Odd pieces are separators; even pieces are words.
    const term = index % 2 === 0 ? analysis.term(piece) : null;
    const marked = term !== null && terms.has(wordOfIndexTerm(term));
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += piece;
    else parts.push({ text: piece, marked });
  });
  return parts;
}

/**
 * A window of about `maxLength` characters around the first matched word, cut at spaces, with the
 * matched words marked. Without a match, the start of the text.
 */
export function buildSnippet(text: string, terms: ReadonlySet<string>, maxLength = 160, analysis: TextAnalysis = englishAnalysis): SnippetPart[] {
  if (text.length <= maxLength) return markTerms(text, terms, analysis);
  const firstMatch = firstMatchedWord(text, terms, analysis);
  // Some words before the match give it context; the rest of the room goes after it.
  let start = firstMatch <= 0 ? 0 : Math.max(0, firstMatch - Math.floor(maxLength / 3));
  let end = Math.min(text.length, start + maxLength);
  if (start > 0) start = nextSpace(text, start);
  if (end < text.length) end = previousSpace(text, end, start);
  const parts = markTerms(text.slice(start, end).trim(), terms, analysis);
  if (start > 0) parts.unshift({ text: '… ', marked: false });
  if (end < text.length) parts.push({ text: ' …', marked: false });
  return mergeUnmarked(parts);
}

/**
 * Where the first word markTerms would mark starts, or -1. Reads words only up to it: a section's
 * text can be thousands of characters, and the box builds six snippets per key press.
 */
function firstMatchedWord(text: string, terms: ReadonlySet<string>, analysis: TextAnalysis): number {
  const separators = new RegExp(SEPARATORS);
  for (let start = 0; start < text.length; ) {
    const separator = separators.exec(text);
    const end = separator ? separator.index : text.length;
    if (end > start) {
      const term = analysis.term(text.slice(start, end));
      if (term !== null && terms.has(wordOfIndexTerm(term))) return start;
    }
    if (!separator) break;
    start = end + separator[0].length;
  }
  return -1;
}

function nextSpace(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space === -1 ? from : space + 1;
}

function previousSpace(text: string, from: number, floor: number): number {
  const space = text.lastIndexOf(' ', from);
  return space <= floor ? from : space;
}

function mergeUnmarked(parts: SnippetPart[]): SnippetPart[] {
  return parts.reduce<SnippetPart[]>((merged, part) => {
    const last = merged.at(-1);
    if (last && !last.marked && !part.marked) last.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}
