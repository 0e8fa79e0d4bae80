import { createHash } from 'node:crypto';
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import type { SiteSearch } from './engine';
import { INDEX_BLOCK_PAGES } from './index-blocks';
import { translatedSourcePages } from './language-fallback';
import { PAGE_GROUP_SIZE, SHARDED_INDEX_VERSION, shardPrefix, type PageChunk, type ShardedIndex, type ShardedIndexBase, type TermShard } from './sharded-format';

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

/**
 * Splits a built index into the browser's files. A translation language's index is given the English
 * one (`source`, split first) so its base can say which English pages it translates.
 */
export function shardSiteSearch(search: SiteSearch, source?: { search: SiteSearch; base: ShardedIndexBase }, revisions?: PageGroupRevisions): ShardedIndex {
  const { pageStarts, pageProducts } = search.index.signals;
  const pages = search.pages.map((page, index): PageChunk => ({
    page,
    documents: search.documents
      .slice(pageStarts[index], pageStarts[index + 1] ?? search.documents.length)
      .map((document) => [document.kind, document.anchor, document.heading, document.step, document.procedure, document.text]),
  }));

  // Each posting carries its document's length of that field: BM25 needs nothing else of a document.
  const terms: TermShard = [...search.index.table.entries()].map(([term, byField]) => [
    term,
    byField.map(({ field, docs, frequencies, lengths }) => [field, deltas(docs), Array.prototype.every.call(frequencies, (frequency) => frequency === 1) ? 0 : Array.from(frequencies), Array.from(lengths)]),
  ]);
  const { shards, shardOfPrefix } = groupTerms(terms);
  // A chunk's number is part of its file name, so it is part of what names its folder.
  const shardRevisions = shards.map((shard, index) => revisionOf(`terms\0${index}\0${JSON.stringify(shard)}`));
  const pageGroupRevisions: string[] = [];
  // A group is one index block when both hold as many pages: the block's key then names the group's content.
  const blockKeys = INDEX_BLOCK_PAGES === PAGE_GROUP_SIZE ? search.blockKeys : undefined;
  for (let first = 0; first < pages.length; first += PAGE_GROUP_SIZE) {
    const key = blockKeys?.[first / PAGE_GROUP_SIZE];
    let revision = key === undefined ? undefined : revisions?.revision(key);
    if (revision === undefined) {
      // One group's text at a time: hashing all pages as one string held some 200 MB at 10,000 articles.
      revision = revisionOf(`pages\0${first}\0${JSON.stringify(pages.slice(first, first + PAGE_GROUP_SIZE))}`);
      if (key !== undefined) revisions?.setRevision(key, revision);
    }
    pageGroupRevisions.push(revision);
  }
  const { language } = search.index.analysis;
  const base: Omit<ShardedIndexBase, 'revision'> = {
    version: SHARDED_INDEX_VERSION,
    documentCount: search.stats.documentCount,
    averageFieldLength: [...search.stats.averageFieldLength],
    pageStarts: deltas(pageStarts),
    pageProducts: [...pageProducts],
    shardOfPrefix,
    shardCount: shards.length,
    shardRevisions,
    pageGroupRevisions,
    ...(language === SOURCE_LANGUAGE ? {} : { language }),
    ...(source && language !== SOURCE_LANGUAGE
      ? { fallback: { revision: source.base.revision, translatedPages: deltas(translatedSourcePages(search.pages, source.search.pages)) } }
      : {}),
  };
  return { base: { ...base, revision: revisionOf(JSON.stringify(base)) }, shards, pages };
}

function revisionOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Terms sorted by prefix, cut into shards of about the target size; one prefix never spans two. */
function groupTerms(terms: TermShard): { shards: TermShard[]; shardOfPrefix: Record<string, number> } {
  const byPrefix = new Map<string, TermShard>();
  for (const entry of terms) {
    const prefix = shardPrefix(entry[0]);
    const group = byPrefix.get(prefix);
    if (group) group.push(entry);
    else byPrefix.set(prefix, [entry]);
  }
  const shards: TermShard[] = [];
  const shardOfPrefix: Record<string, number> = {};
  let size = Infinity;
  for (const prefix of [...byPrefix.keys()].sort()) {
    const entries = byPrefix.get(prefix) as TermShard;
    const bytes = JSON.stringify(entries).length;
    if (size + bytes > SHARD_TARGET_BYTES) {
      shards.push([]);
      size = 0;
    }
    (shards.at(-1) as TermShard).push(...entries);
    shardOfPrefix[prefix] = shards.length - 1;
    size += bytes;
  }
  return { shards, shardOfPrefix };
}

function deltas(values: ArrayLike<number>): number[] {
  return Array.from(values, (value, i) => value - (i === 0 ? 0 : (values[i - 1] as number)));
}
