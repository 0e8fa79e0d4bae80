import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { SearchCorpus, SearchDocument, SearchPage } from './documents';
import { packIndex, unpackIndex, type PackedIndex } from './pack';
import { normaliseTerm, tokenize } from './terms';

/** Bumped whenever documents or options change shape, so a stale cached index is refused, not misread. */
export const SEARCH_INDEX_VERSION = 1;

/** The file served at /search-index.json: the pages table and MiniSearch's serialised index, packed. */
export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  pages: SearchPage[];
  index: PackedIndex;
}

/** A ready-to-query index and the pages its results point into. */
export interface SiteSearch {
  engine: MiniSearch<SearchDocument>;
  pages: SearchPage[];
}

/** Fields a match is scored on. A title or symptom match outranks the same words in a section's text. */
export const FIELD_BOOSTS = { title: 3, symptoms: 3, heading: 2, text: 1 } as const;

const searchOptions: SearchOptions = {
  boost: FIELD_BOOSTS,
  // Every word is a prefix, so results follow the typing; one-letter words would match everything.
  prefix: (term) => term.length >= 2,
  // About one typo per five letters ("kerberso" → kerberos), capped so long words stay fast.
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'OR',
};

const engineOptions: Options<SearchDocument> = {
  fields: Object.keys(FIELD_BOOSTS),
  // What a result needs to be shown without going back to the content: the link, labels and snippet source.
  storeFields: ['kind', 'page', 'anchor', 'heading', 'step', 'text'],
  tokenize,
  processTerm: normaliseTerm,
  searchOptions,
};

/** Indexes a corpus in memory: the server's /search page and the build use this directly. */
export function buildSiteSearch(corpus: SearchCorpus): SiteSearch {
  const engine = new MiniSearch<SearchDocument>(engineOptions);
  engine.addAll(corpus.documents);
  return { engine, pages: corpus.pages };
}

/** The index as plain data, to be written once at build time and fetched by the browser. */
export function toSearchIndexFile(search: SiteSearch): SearchIndexFile {
  return { version: SEARCH_INDEX_VERSION, pages: search.pages, index: packIndex(search.engine.toJSON()) };
}

/** Revives a fetched index with the same options it was built with; throws on a file from another version. */
export function fromSearchIndexFile(file: unknown): SiteSearch {
  if (!isIndexFile(file)) throw new Error(`search index: expected version ${SEARCH_INDEX_VERSION}`);
  return { engine: MiniSearch.loadJS<SearchDocument>(unpackIndex(file.index), engineOptions), pages: file.pages };
}

function isIndexFile(file: unknown): file is SearchIndexFile {
  return (
    typeof file === 'object' &&
    file !== null &&
    (file as { version?: unknown }).version === SEARCH_INDEX_VERSION &&
    Array.isArray((file as { pages?: unknown }).pages) &&
    typeof (file as { index?: unknown }).index === 'object'
  );
}
