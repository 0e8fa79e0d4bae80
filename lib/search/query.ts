import type MiniSearch from 'minisearch';
import type { SearchResult } from 'minisearch';
import type { SearchDocument, SearchDocumentKind, SearchPage } from './documents';
import type { SiteSearch } from './engine';
import { buildSnippet, markTerms, type SnippetPart } from './snippet';
import { wordOfIndexTerm } from './terms';

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
}

/** How many results to return, how many of them may come from one page, and how long a snippet may be. */
export interface SearchLimits {
  limit: number;
  perPage: number;
  snippetLength: number;
}

// Long pasted text (a whole error dump) would make fuzzy matching slow; its start says enough.
const MAX_QUERY_LENGTH = 120;

export const DEFAULT_LIMITS: SearchLimits = { limit: 8, perPage: 3, snippetLength: 160 };

/** A result worth showing, before it is shaped: which document, on which page, matching which terms. */
export interface RankedDocument {
  id: number;
  page: number;
  /** The matched words as normaliseTerm gives them, for marking snippets. */
  terms: string[];
}

/** The query as it is searched: trimmed, and cut short so a pasted dump stays fast. */
export function searchableQuery(query: string): string {
  return query.trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * The best documents for a query, with at most `perPage` from one page so other pages still show.
 * Pure ranking: the server (stored fields at hand) and the browser (fetched per page) share it.
 */
export function rankDocuments(
  engine: MiniSearch<SearchDocument>,
  query: string,
  limits: Pick<SearchLimits, 'limit' | 'perPage'>,
  pageOf: (result: SearchResult) => number,
): RankedDocument[] {
  const text = searchableQuery(query);
  if (text === '') return [];
  const ranked: RankedDocument[] = [];
  const perPageCount = new Map<number, number>();
  for (const result of engine.search(text)) {
    const page = pageOf(result);
    const count = perPageCount.get(page) ?? 0;
    if (count >= limits.perPage) continue;
    perPageCount.set(page, count + 1);
    ranked.push({ id: result.id as number, page, terms: result.terms.map(wordOfIndexTerm) });
    if (ranked.length >= limits.limit) break;
  }
  return ranked;
}

/** Runs a query on an index that stores its documents (the server's) and shapes the best results. */
export function searchSite(search: SiteSearch, query: string, limits: Partial<SearchLimits> = {}): SearchHit[] {
  const full = { ...DEFAULT_LIMITS, ...limits };
  const stored = new Map<number, StoredDocument>();
  const ranked = rankDocuments(search.engine, query, full, (result) => {
    stored.set(result.id as number, result as unknown as StoredDocument);
    return (result as unknown as StoredDocument).page;
  });
  return ranked.map((document) =>
    toHit(search.pages[document.page], stored.get(document.id) as StoredDocument, document.id, new Set(document.terms), full.snippetLength),
  );
}

/** The fields a result is shown with: what the server's index stores, and what a page chunk holds. */
export type StoredDocument = Pick<SearchDocument, 'kind' | 'page' | 'anchor' | 'heading' | 'step' | 'text'>;

/** Shapes one ranked document into what the search box and the /search page show. */
export function toHit(page: SearchPage | undefined, document: StoredDocument, id: number, terms: ReadonlySet<string>, snippetLength: number): SearchHit {
  const { title, path } = page ?? { title: '', path: '/' };
  const href = document.anchor ? `${path}#${document.anchor}` : path;
  const snippet = buildSnippet(document.text, terms, snippetLength);
  switch (document.kind) {
    case 'troubleshooter':
      return { id, kind: document.kind, href, label: plain('Start the guided troubleshooter'), context: title, snippet };
    case 'article':
      return { id, kind: document.kind, href, label: markTerms(title, terms), context: '', snippet };
    case 'step':
      return { id, kind: document.kind, href, label: markTerms(`Step ${document.step}: ${document.heading}`, terms), context: title, snippet };
    default:
      return { id, kind: document.kind, href, label: markTerms(document.heading, terms), context: title, snippet };
  }
}

function plain(text: string): SnippetPart[] {
  return [{ text, marked: false }];
}

/** The text of parts, for accessible names and tests. */
export function textOfParts(parts: readonly SnippetPart[]): string {
  return parts.map((part) => part.text).join('');
}
