import { createHash } from 'node:crypto';
import type { SiteSearch } from './engine';
import { packIndex } from './pack';
import type { StoredDocument } from './query';
import { SHARDED_INDEX_VERSION, shardPrefix, type PageChunk, type ShardedIndex, type TermShard } from './sharded-format';

/** A shard stops growing past this many bytes of JSON (before gzip, which takes off about 70%). */
const SHARD_TARGET_BYTES = 48_000;

/** Splits a built index (with stored fields, as the server keeps it) into the browser's files. */
export function shardSiteSearch(search: SiteSearch): ShardedIndex {
  const packed = packIndex(search.engine.toJSON());
  const ids = undelta(packed.ids);
  const shortIds = undelta(packed.shortIds);
  // The site numbers documents 0…n-1 in the order it adds them; MiniSearch's short ids follow.
  if (ids.some((id, position) => id !== position || shortIds[position] !== position)) {
    throw new Error('shardSiteSearch: documents must be numbered 0…n-1 in the order they were added');
  }

  const stored = packed.stored.map((row) => Object.fromEntries(packed.storedKeys.map((key, k) => [key, row[k]])) as unknown as StoredDocument);
  const pageStarts = pageStartsOf(stored, search.pages.length);
  const pages = search.pages.map((page, index): PageChunk => ({
    page,
    documents: stored
      .slice(pageStarts[index], pageStarts[index + 1] ?? stored.length)
      .map((document) => [document.kind, document.anchor ?? '', document.heading ?? '', document.step ?? 0, document.text ?? '']),
  }));

  const { shards, shardOfPrefix } = groupTerms(packed.terms);
  const revision = createHash('sha256').update(JSON.stringify([shards, pages])).digest('hex').slice(0, 16);
  return {
    base: {
      version: SHARDED_INDEX_VERSION,
      revision,
      serializationVersion: packed.serializationVersion,
      documentCount: packed.documentCount,
      fieldIds: packed.fieldIds,
      averageFieldLength: packed.averageFieldLength,
      fieldLength: packed.fieldLength,
      pageStarts,
      pageCount: search.pages.length,
      shardOfPrefix,
      shardCount: shards.length,
    },
    shards,
    pages,
  };
}

/** Documents come page by page (see searchCorpus); anything else would break the page lookup. */
function pageStartsOf(stored: readonly StoredDocument[], pageCount: number): number[] {
  const starts: number[] = [];
  stored.forEach((document, id) => {
    if (document.page === starts.length) starts.push(id);
    else if (document.page !== starts.length - 1) throw new Error(`shardSiteSearch: document ${id} is out of page order`);
  });
  if (starts.length !== pageCount) throw new Error('shardSiteSearch: every page needs at least one document');
  return starts;
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

function undelta(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}
