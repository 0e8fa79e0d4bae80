import { createHash } from 'node:crypto';
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { SearchDocument } from './documents';
import type { BlockedSiteSearch, SiteSearch } from './engine';
import { INDEX_BLOCK_PAGES } from './index-blocks';
import { translatedSourcePages } from './language-fallback';
import { chunkPath, PAGE_GROUP_SIZE, SHARDED_INDEX_VERSION, shardPrefix, type PageChunk, type ShardedIndex, type ShardedIndexBase, type TermShard } from './sharded-format';
import type { FieldPostings, TermTable } from './term-table';

/** A shard stops growing past this many bytes of JSON (before gzip, which takes off about 70%). */
const SHARD_TARGET_BYTES = 48_000;

/**
 * Page groups' revisions kept between builds by the key of the index block holding the same pages
 * (the block key covers everything a group's file holds: its pages, documents and first page number,
 * and lib/search's code). A rebuild after one edit then hashes one group's text, not every group's:
 * at 10,000 articles writing out and hashing every page's text took over a second.
 */
export interface PageGroupRevisions {
  revision(blockKey: string): string | undefined;
  setRevision(blockKey: string, revision: string): void;
}

/** One file of a chunk folder as soon as it is made: where the site serves it, its value, and its JSON text (made once, on first ask). */
export interface ChunkFile<T> {
  path: string;
  value: T;
  json(): string;
}

/** Who takes each chunk folder's files as it is made: one term shard, or one group of page chunks. */
export interface ChunkVisitor {
  shard(file: ChunkFile<TermShard>): void;
  pageGroup(files: ChunkFile<PageChunk>[]): void;
}

/**
 * Splits a built index into the browser's files. A translation language's index is given the English
 * one (`source`, split first) so its base can say which English pages it translates.
 */
export function shardSiteSearch(search: SiteSearch | BlockedSiteSearch, source?: { search: Pick<SiteSearch, 'pages'>; base: ShardedIndexBase }, revisions?: PageGroupRevisions): ShardedIndex {
  const shards: TermShard[] = [];
  const pages: PageChunk[] = [];
  const base = splitSiteSearch(
    search,
    { shard: (file) => shards.push(file.value), pageGroup: (files) => pages.push(...files.map((file) => file.value)) },
    source,
    revisions,
  );
  return { base, shards, pages };
}

/**
 * shardSiteSearch for the build: hands each chunk folder to `visit` as soon as it is made and keeps
 * none of them, so only one chunk's arrays and JSON text live at a time. Holding every shard's copy
 * of the postings at once (and their JSON made three times over) was most of the 10,000-article
 * build's peak memory. Returns the base, which names every chunk.
 */
export function splitSiteSearch(search: SiteSearch | BlockedSiteSearch, visit: ChunkVisitor, source?: { search: Pick<SiteSearch, 'pages'>; base: ShardedIndexBase }, revisions?: PageGroupRevisions): ShardedIndexBase {
  const { language } = search.index.analysis;
  const { shardRevisions, shardOfPrefix } = splitTerms(search.index.table, language, visit.shard);
  const pageGroupRevisions = splitPages(search, language, visit.pageGroup, revisions);
  const { pageStarts, pageProducts } = search.index.signals;
  const base: Omit<ShardedIndexBase, 'revision'> = {
    version: SHARDED_INDEX_VERSION,
    documentCount: search.stats.documentCount,
    averageFieldLength: [...search.stats.averageFieldLength],
    pageStarts: deltas(pageStarts),
    pageProducts: [...pageProducts],
    shardOfPrefix,
    shardCount: shardRevisions.length,
    shardRevisions,
    pageGroupRevisions,
    ...(language === SOURCE_LANGUAGE ? {} : { language }),
    ...(source && language !== SOURCE_LANGUAGE
      ? { fallback: { revision: source.base.revision, translatedPages: deltas(translatedSourcePages(search.pages, source.search.pages)) } }
      : {}),
  };
  return { ...base, revision: revisionOf(JSON.stringify(base)) };
}

/**
 * Terms sorted by prefix, cut into shards of about the target size; one prefix never spans two.
 * Each prefix's terms are written out as JSON once: its length sizes the shard, and the shard's text
 * (what its revision hashes and the build writes) is its prefixes' texts joined.
 */
function splitTerms(table: TermTable, language: SiteLanguage, emit: ChunkVisitor['shard']): { shardRevisions: string[]; shardOfPrefix: Record<string, number> } {
  const byPrefix = new Map<string, string[]>();
  for (const [term] of table.entries()) {
    const prefix = shardPrefix(term);
    const group = byPrefix.get(prefix);
    if (group) group.push(term);
    else byPrefix.set(prefix, [term]);
  }
  const shardRevisions: string[] = [];
  const shardOfPrefix: Record<string, number> = {};
  let entries: TermShard = [];
  let parts: string[] = [];
  let size = Infinity;
  const finish = () => {
    if (parts.length === 0) return;
    const index = shardRevisions.length;
    const json = `[${parts.join(',')}]`;
    // A chunk's number is part of its file name, so it is part of what names its folder.
    const revision = revisionOf(`terms\0${index}\0`, json);
    shardRevisions.push(revision);
    emit({ path: chunkPath.shard(revision, index, language), value: entries, json: () => json });
  };
  for (const prefix of [...byPrefix.keys()].sort()) {
    const group: TermShard = (byPrefix.get(prefix) as string[]).map((term) => shardEntry(term, table.get(term) as FieldPostings[]));
    const json = JSON.stringify(group);
    if (size + json.length > SHARD_TARGET_BYTES) {
      finish();
      entries = [];
      parts = [];
      size = 0;
    }
    entries.push(...group);
    parts.push(json.slice(1, -1));
    shardOfPrefix[prefix] = shardRevisions.length;
    size += json.length;
  }
  finish();
  return { shardRevisions, shardOfPrefix };
}

/** Each posting carries its document's length of that field: BM25 needs nothing else of a document. */
function shardEntry(term: string, byField: readonly FieldPostings[]): TermShard[number] {
  return [
    term,
    byField.map(({ field, docs, frequencies, lengths }) => [field, deltas(docs), Array.prototype.every.call(frequencies, (frequency) => frequency === 1) ? 0 : Array.from(frequencies), Array.from(lengths)]),
  ];
}

/** Page chunks group by group; returns each group's revision. */
function splitPages(search: SiteSearch | BlockedSiteSearch, language: SiteLanguage, emit: ChunkVisitor['pageGroup'], revisions?: PageGroupRevisions): string[] {
  const { pageStarts } = search.index.signals;
  const pageGroupRevisions: string[] = [];
  // A group is one index block when both hold as many pages: the block's key then names the group's content.
  const blockKeys = INDEX_BLOCK_PAGES === PAGE_GROUP_SIZE ? search.blockKeys : undefined;
  for (let first = 0; first < search.pages.length; first += PAGE_GROUP_SIZE) {
    // Made only when asked: a rebuild knows most groups' revisions and finds their files written already,
    // and a build's groups are made from sections read on demand (BlockedSiteSearch).
    let groupDocuments: readonly SearchDocument[] | undefined;
    const documentsOfGroup = () => (groupDocuments ??= 'documents' in search ? search.documents.slice(pageStarts[first], pageStarts[first + PAGE_GROUP_SIZE] ?? search.documents.length) : search.documentsOfGroup(first));
    const chunks = search.pages.slice(first, first + PAGE_GROUP_SIZE).map((page, offset): { value: PageChunk; json(): string } => {
      const index = first + offset;
      let value: PageChunk | undefined;
      let json: string | undefined;
      const valueOf = () => {
        if (value) return value;
        const documents = documentsOfGroup();
        const groupStart = documents[0]?.id ?? 0;
        const end = pageStarts[index + 1] ?? groupStart + documents.length;
        value = {
          page,
          documents: documents.slice((pageStarts[index] as number) - groupStart, end - groupStart).map((document) => [document.kind, document.anchor, document.heading, document.step, document.procedure, document.text]),
        };
        return value;
      };
      return {
        get value() {
          return valueOf();
        },
        json: () => (json ??= JSON.stringify(valueOf())),
      };
    });
    const key = blockKeys?.[first / PAGE_GROUP_SIZE];
    let revision = key === undefined ? undefined : revisions?.revision(key);
    if (revision === undefined) {
      // The group's text is its pages' texts as one JSON array.
      revision = revisionOf(`pages\0${first}\0`, `[${chunks.map((chunk) => chunk.json()).join(',')}]`);
      if (key !== undefined) revisions?.setRevision(key, revision);
    }
    pageGroupRevisions.push(revision);
    const groupRevision = revision;
    emit(
      chunks.map((chunk, offset) => ({
        path: chunkPath.page(groupRevision, first + offset, language),
        get value() {
          return chunk.value;
        },
        json: chunk.json,
      })),
    );
  }
  return pageGroupRevisions;
}

function revisionOf(...texts: string[]): string {
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text);
  return hash.digest('hex').slice(0, 16);
}

function deltas(values: ArrayLike<number>): number[] {
  return Array.from(values, (value, i) => value - (i === 0 ? 0 : (values[i - 1] as number)));
}
