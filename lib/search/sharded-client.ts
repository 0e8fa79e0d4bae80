import type MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';
import type { SearchDocument } from './documents';
import { loadEngine } from './engine';
import { undelta } from './pack';
import { DEFAULT_LIMITS, toHit, type SearchHit, type SearchLimits } from './query';
import { rankDocuments, searchableQuery, type PageSignals } from './rank';
import { chunkPath, SEARCH_INDEX_BASE_PATH, shardPrefix, SHARDED_INDEX_VERSION, type PageChunk, type ShardedIndexBase, type TermShard } from './sharded-format';
import { indexTerm, tokenize } from './terms';

/** How the client gets a JSON file: `fetch` in the browser, a map of files in tests and the bench. */
export type FetchJson = (path: string) => Promise<unknown>;

/**
 * The browser's side of the split index (see sharded-format.ts): it fetches the term shards a query's
 * words need and the page chunks of the results it shows, each once, and ranks exactly as the
 * whole index would.
 */
export class ShardedSiteSearch {
  private readonly shards = new Map<number, Promise<TermShard>>();
  private readonly pages = new Map<number, Promise<PageChunk>>();
  private engine: MiniSearch<SearchDocument>;
  private engineShards = '';
  private readonly signals: PageSignals;

  private constructor(
    private readonly base: ShardedIndexBase,
    private readonly fetchJson: FetchJson,
  ) {
    this.signals = { pageStarts: undelta(base.pageStarts), pageProducts: base.pageProducts };
    this.engine = this.buildEngine([]);
  }

  /** Fetches the base file; refuses one from another version instead of misreading it. */
  static async load(fetchJson: FetchJson, basePath = SEARCH_INDEX_BASE_PATH): Promise<ShardedSiteSearch> {
    const base = (await fetchJson(basePath)) as ShardedIndexBase | null;
    if (base?.version !== SHARDED_INDEX_VERSION) throw new Error(`search index: expected version ${SHARDED_INDEX_VERSION}`);
    return new ShardedSiteSearch(base, fetchJson);
  }

  async search(query: string, limits: Partial<SearchLimits> = {}): Promise<SearchHit[]> {
    const full = { ...DEFAULT_LIMITS, ...limits };
    await this.loadShardsFor(query);
    const ranked = rankDocuments(this.engine, query, full, this.signals);
    const chunks = new Map(await Promise.all([...new Set(ranked.map((hit) => hit.page))].map(async (page) => [page, await this.pageChunk(page)] as const)));
    return ranked.map((hit) => {
      const chunk = chunks.get(hit.page) as PageChunk;
      const [kind, anchor, heading, step, procedure, text] = chunk.documents[hit.id - (this.signals.pageStarts[hit.page] ?? 0)] ?? ['article', '', '', 0, '', ''];
      return toHit(chunk.page, { kind, page: hit.page, anchor, heading, step, procedure, text }, hit.id, new Set(hit.terms), full.snippetLength);
    });
  }

  private async loadShardsFor(query: string): Promise<void> {
    const needed = new Set<number>();
    for (const word of tokenize(searchableQuery(query))) {
      const term = indexTerm(word);
      const shard = term === null ? undefined : this.base.shardOfPrefix[shardPrefix(term)];
      if (shard !== undefined) needed.add(shard);
    }
    const loaded = await Promise.all([...needed].map((shard) => this.termShard(shard)));
    if (loaded.length === 0) return;
    // Rebuilt only when a query brings in a shard it has not searched with yet.
    const key = [...this.shards.keys()].sort((a, b) => a - b).join(',');
    if (key !== this.engineShards) {
      this.engine = this.buildEngine(await Promise.all(this.shards.values()));
      this.engineShards = key;
    }
  }

  private termShard(shard: number): Promise<TermShard> {
    return this.cached(this.shards, shard, () => this.fetchJson(chunkPath.shard(this.base.revision, shard)) as Promise<TermShard>);
  }

  private pageChunk(page: number): Promise<PageChunk> {
    return this.cached(this.pages, page, () => this.fetchJson(chunkPath.page(this.base.revision, page)) as Promise<PageChunk>);
  }

  /** One request per file; a failed one is forgotten, so the next query tries again. */
  private cached<T>(cache: Map<number, Promise<T>>, key: number, fetchIt: () => Promise<T>): Promise<T> {
    let entry = cache.get(key);
    if (!entry) {
      entry = fetchIt();
      cache.set(key, entry);
      entry.catch(() => cache.delete(key));
    }
    return entry;
  }

  /** An engine over the loaded shards: their terms, and the lengths their postings carry of just the documents they name. */
  private buildEngine(shards: readonly TermShard[]): MiniSearch<SearchDocument> {
    const documentIds: AsPlainObject['documentIds'] = {};
    const fieldLength: AsPlainObject['fieldLength'] = {};
    const fieldCount = Object.keys(this.base.fieldIds).length;
    const index: AsPlainObject['index'] = [];
    for (const shard of shards) {
      for (const [term, byField] of shard) {
        const entry: AsPlainObject['index'][number][1] = {};
        for (const [fieldId, docDeltas, frequencies, lengths] of byField) {
          const postings: Record<string, number> = {};
          undelta(docDeltas).forEach((doc, i) => {
            postings[doc] = frequencies === 0 ? 1 : (frequencies[i] as number);
            let lengthsOfDoc = fieldLength[doc];
            if (!lengthsOfDoc) {
              documentIds[doc] = doc;
              lengthsOfDoc = fieldLength[doc] = new Array<number>(fieldCount).fill(0);
            }
            lengthsOfDoc[fieldId] = lengths[i] as number;
          });
          entry[fieldId] = postings;
        }
        index.push([term, entry]);
      }
    }
    return loadEngine({
      serializationVersion: this.base.serializationVersion,
      documentCount: this.base.documentCount,
      nextId: this.base.documentCount,
      dirtCount: 0,
      fieldIds: this.base.fieldIds,
      averageFieldLength: this.base.averageFieldLength,
      documentIds,
      fieldLength,
      storedFields: {},
      index,
    });
  }
}
