import { createHash } from 'node:crypto';
import type { SiteSearch } from './engine';
import { packIndex, undelta } from './pack';
import { SHARDED_INDEX_VERSION, shardPrefix, type PageChunk, type ShardedIndex, type TermShard } from './sharded-format';

/** A shard stops growing past this many bytes of JSON (before gzip, which takes off about 70%). */
const SHARD_TARGET_BYTES = 48_000;

/** Splits a built index into the browser's files. */
export function shardSiteSearch(search: SiteSearch): ShardedIndex {
  const packed = packIndex(search.engine.toJSON());
  const ids = undelta(packed.ids);
  const shortIds = undelta(packed.shortIds);
  // The site numbers documents 0…n-1 in the order it adds them; MiniSearch's short ids follow.
  if (ids.some((id, position) => id !== position || shortIds[position] !== position)) {
    throw new Error('shardSiteSearch: documents must be numbered 0…n-1 in the order they were added');
  }

  const { pageStarts, pageProducts } = search.signals;
  const pages = search.pages.map((page, index): PageChunk => ({
    page,
    documents: search.documents
      .slice(pageStarts[index], pageStarts[index + 1] ?? search.documents.length)
      .map((document) => [document.kind, document.anchor, document.heading, document.step, document.procedure, document.text]),
  }));

  // Each posting carries its document's length of that field: BM25 needs nothing else of a document.
  const terms: TermShard = packed.terms.map(([term, byField]) => [
    term,
    byField.map(([fieldId, docDeltas, frequencies]) => [fieldId, docDeltas, frequencies, undelta(docDeltas).map((doc) => packed.fieldLength[doc]?.[fieldId] ?? 0)]),
  ]);
  const { shards, shardOfPrefix } = groupTerms(terms);
  const revision = createHash('sha256').update(JSON.stringify([shards, pages, pageProducts])).digest('hex').slice(0, 16);
  return {
    base: {
      version: SHARDED_INDEX_VERSION,
      revision,
      serializationVersion: packed.serializationVersion,
      documentCount: packed.documentCount,
      fieldIds: packed.fieldIds,
      averageFieldLength: packed.averageFieldLength,
      pageStarts: deltas(pageStarts),
      pageProducts: [...pageProducts],
      shardOfPrefix,
      shardCount: shards.length,
    },
    shards,
    pages,
  };
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

function deltas(values: readonly number[]): number[] {
  return values.map((value, i) => value - (i === 0 ? 0 : (values[i - 1] as number)));
}
