import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { englishAnalysis, type TextAnalysis } from './analysis';
import type { SearchDocument, SearchDocumentKind, SearchPage } from './documents';
import type { SiteSearch } from './engine';
import { fallbackPage, mergeByScore, translatedSourcePages, type Scored } from './language-fallback';
import { rankDocuments, type RankLimits } from './rank';
import { buildSnippet, markTerms, type SnippetPart } from './snippet';

/** One result as both the search box and the /search page show it. */
export interface SearchHit {
  id: number;
  kind: SearchDocumentKind;
  /** The page, with the section's anchor when the match is in a section or step. */
  href: string;
  /** What the link says: the section or step, the article, or "Start the guided troubleshooter". */
  label: SnippetPart[];
  /** Where it is: the article or troubleshooter title; empty for a whole article. */
  context: string;
  snippet: SnippetPart[];
  /** Set when the result's text is in another language than the page's: an untranslated page, found in English (`lang` on its label and snippet). */
  language?: SiteLanguage;
}

/** How many results to return, how many of them may come from one page, and how long a snippet may be. */
export interface SearchLimits extends RankLimits {
  snippetLength: number;
}

export const DEFAULT_LIMITS: SearchLimits = { limit: 8, perPage: 3, snippetLength: 160 };

/**
 * The interface words results are labelled with, as plain strings in the page's language (from its
 * message catalogue, passed down by the server): `{procedure}`, `{step}` and `{heading}` are filled in.
 */
export interface HitWords {
  /** The label of a troubleshooter's result. */
  troubleshooter: string;
  /** A step of a named procedure: "{procedure}, step {step}: {heading}". */
  procedureStep: string;
  /** A step outside a procedure: "Step {step}: {heading}". */
  step: string;
}

export const ENGLISH_HIT_WORDS: HitWords = {
  troubleshooter: 'Start the guided troubleshooter',
  procedureStep: '{procedure}, step {step}: {heading}',
  step: 'Step {step}: {heading}',
};

/** Runs a query on an index that stores its documents (the server's) and shapes the best results, labelled with `words`. */
export function searchSite(search: SiteSearch, query: string, limits: Partial<SearchLimits> = {}, words: HitWords = ENGLISH_HIT_WORDS): SearchHit[] {
  return scoredHits(search, query, { ...DEFAULT_LIMITS, ...limits }, words).map((hit) => hit.item);
}

/**
 * A translation language's results (language-fallback.ts): its own index's (`own`, its translated
 * pages) and the English index's (`source`) for the pages `own` does not translate, shown under the
 * language's pages and marked English, merged by score.
 */
export function searchWithFallback(own: SiteSearch, source: SiteSearch, query: string, limits: Partial<SearchLimits> = {}, words: HitWords = ENGLISH_HIT_WORDS): SearchHit[] {
  const full = { ...DEFAULT_LIMITS, ...limits };
  const language = own.index.analysis.language;
  const translated = translatedPagesOf(own, source);
  const fallback = scoredHits(source, query, full, words, { skipPages: translated, page: (page) => fallbackPage(page, language) });
  return mergeByScore(scoredHits(own, query, full, words), fallback, full.limit);
}

const translatedPages = new WeakMap<SiteSearch, { source: SiteSearch; pages: ReadonlySet<number> }>();

/** The English pages `own` translates: once per pair of indexes, not per query (10,000 paths at 10,000 articles). */
function translatedPagesOf(own: SiteSearch, source: SiteSearch): ReadonlySet<number> {
  let known = translatedPages.get(own);
  if (known?.source !== source) {
    known = { source, pages: new Set(translatedSourcePages(own.pages, source.pages)) };
    translatedPages.set(own, known);
  }
  return known.pages;
}

function scoredHits(
  search: SiteSearch,
  query: string,
  limits: SearchLimits,
  words: HitWords,
  fallback?: { skipPages: ReadonlySet<number>; page: (page: SearchPage) => SearchPage },
): Scored<SearchHit>[] {
  return rankDocuments(search.index, query, limits, fallback?.skipPages).map((document) => {
    const page = search.pages[document.page];
    const shownPage = page && fallback ? fallback.page(page) : page;
    const item = toHit(shownPage, search.documents[document.id] as StoredDocument, document.id, new Set(document.terms), limits.snippetLength, search.index.analysis, words);
    return { score: document.score, item };
  });
}

/** The fields a result is shown with: what the server's index stores, and what a page chunk holds. */
export type StoredDocument = Pick<SearchDocument, 'kind' | 'page' | 'anchor' | 'heading' | 'step' | 'procedure' | 'text'>;

/** Shapes one ranked document into what the search box and the /search page show; `analysis` is the index's, to mark the words it matched. */
export function toHit(
  page: SearchPage | undefined,
  document: StoredDocument,
  id: number,
  terms: ReadonlySet<string>,
  snippetLength: number,
  analysis: TextAnalysis = englishAnalysis,
  words: HitWords = ENGLISH_HIT_WORDS,
): SearchHit {
  const { title, path, language }: SearchPage = page ?? { title: '', path: '/' };
  const mark = (text: string) => markTerms(text, terms, analysis);
  const shown = {
    id,
    kind: document.kind,
    href: document.anchor ? `${path}#${document.anchor}` : path,
    snippet: buildSnippet(document.text, terms, snippetLength, analysis),
    ...(language === undefined ? {} : { language }),
  };
  switch (document.kind) {
    case 'troubleshooter':
      return { ...shown, label: plain(words.troubleshooter), context: title };
    case 'article':
      return { ...shown, label: mark(title), context: '' };
    case 'step':
      return { ...shown, label: mark(stepLabel(document, words)), context: title };
    default:
      return { ...shown, label: mark(document.heading), context: title };
  }
}

/** "Set the tolerance back to 5 minutes, step 1: Open the Kerberos policy": the procedure tells look-alike steps apart. */
function stepLabel({ procedure, step, heading }: StoredDocument, words: HitWords): string {
  const values: Record<string, string> = { procedure, step: String(step), heading };
  return (procedure ? words.procedureStep : words.step).replace(/\{(procedure|step|heading)\}/g, (_, name: string) => values[name] ?? '');
}

function plain(text: string): SnippetPart[] {
  return [{ text, marked: false }];
}

/** The text of parts, for accessible names and tests. */
export function textOfParts(parts: readonly SnippetPart[]): string {
  return parts.map((part) => part.text).join('');
}
