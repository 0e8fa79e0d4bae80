import type { SearchDocument, SearchDocumentKind } from './documents';
import type { SiteSearch } from './engine';
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
}

/** How many results to return, how many of them may come from one page, and how long a snippet may be. */
export interface SearchLimits {
  limit: number;
  perPage: number;
  snippetLength: number;
}

// Long pasted text (a whole error dump) would make fuzzy matching slow; its start says enough.
const MAX_QUERY_LENGTH = 120;

const DEFAULT_LIMITS: SearchLimits = { limit: 8, perPage: 3, snippetLength: 160 };

/** Runs a query and shapes the best results. Pure: the browser and the server get the same answer. */
export function searchSite(search: SiteSearch, query: string, limits: Partial<SearchLimits> = {}): SearchHit[] {
  const { limit, perPage, snippetLength } = { ...DEFAULT_LIMITS, ...limits };
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  if (text === '') return [];

  const hits: SearchHit[] = [];
  const perPageCount = new Map<number, number>();
  for (const result of search.engine.search(text)) {
    const document = result as unknown as StoredDocument;
    // Several sections of one article may match; a few are enough, so other pages still show.
    const count = perPageCount.get(document.page) ?? 0;
    if (count >= perPage) continue;
    perPageCount.set(document.page, count + 1);
    hits.push(toHit(search, document, result.id as number, new Set(result.terms), snippetLength));
    if (hits.length >= limit) break;
  }
  return hits;
}

/** The fields MiniSearch hands back with each result (its storeFields). */
type StoredDocument = Pick<SearchDocument, 'kind' | 'page' | 'anchor' | 'heading' | 'step' | 'text'>;

function toHit(search: SiteSearch, document: StoredDocument, id: number, terms: ReadonlySet<string>, snippetLength: number): SearchHit {
  const page = search.pages[document.page] ?? { title: '', path: '/' };
  const href = document.anchor ? `${page.path}#${document.anchor}` : page.path;
  const snippet = buildSnippet(document.text, terms, snippetLength);
  switch (document.kind) {
    case 'troubleshooter':
      return { id, kind: document.kind, href, label: plain('Start the guided troubleshooter'), context: page.title, snippet };
    case 'article':
      return { id, kind: document.kind, href, label: markTerms(page.title, terms), context: '', snippet };
    case 'step':
      return { id, kind: document.kind, href, label: markTerms(`Step ${document.step}: ${document.heading}`, terms), context: page.title, snippet };
    default:
      return { id, kind: document.kind, href, label: markTerms(document.heading, terms), context: page.title, snippet };
  }
}

function plain(text: string): SnippetPart[] {
  return [{ text, marked: false }];
}

/** The text of parts, for accessible names and tests. */
export function textOfParts(parts: readonly SnippetPart[]): string {
  return parts.map((part) => part.text).join('');
}
