import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import { loadAnalysis, type TextAnalysis } from './analysis';
import { DEFAULT_LIMITS, ENGLISH_HIT_WORDS, toHit, type HitWords, type SearchHit, type SearchLimits } from './query';
import { rankDocuments, searchableQuery, type RankedIndex } from './rank';
import { Scorer } from './score';
import { pageFile, SEARCH_INDEX_BASE_PATH, shardFile, shardPrefix, SHARDED_INDEX_VERSION, undelta, type PageChunk, type ShardedIndexBase, type TermShard } from './sharded-format';
import { TermTable } from './term-table';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { tokenize } from './terms';

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
  /** The terms of every shard loaded so far; a shard's terms are added once, when it arrives. */
  private readonly index: RankedIndex;
  private readonly added = new Set<number>();

  private constructor(
    private readonly base: ShardedIndexBase,
    private readonly fetchJson: FetchJson,
    analysis: TextAnalysis,
  ) {
    const stats = { documentCount: base.documentCount, averageFieldLength: base.averageFieldLength };
    this.index = {
      table: new TermTable(),
      scorer: new Scorer(stats),
      signals: { pageStarts: undelta(base.pageStarts), pageProducts: base.pageProducts },
      documentCount: base.documentCount,
      analysis,
    };
    this.shardOfPrefix = base.shardOfPrefix;
    this.language = base.language ?? SOURCE_LANGUAGE;
  }

  private readonly shardOfPrefix: Record<string, number>;
  private readonly language: SiteLanguage;

  /** Fetches a language's base file (searchIndexBasePath); refuses one from another version instead of misreading it. */
  static async load(fetchJson: FetchJson, basePath = SEARCH_INDEX_BASE_PATH): Promise<ShardedSiteSearch> {
    const base = (await fetchJson(basePath)) as ShardedIndexBase | null;
    if (base?.version !== SHARDED_INDEX_VERSION) throw new Error(`search index: expected version ${SHARDED_INDEX_VERSION}`);
    return new ShardedSiteSearch(base, fetchJson, await loadAnalysis(base.language ?? SOURCE_LANGUAGE));
  }

  /** The best results for a query, labelled with `words` (the page language's). */
  async search(query: string, limits: Partial<SearchLimits> = {}, words: HitWords = ENGLISH_HIT_WORDS): Promise<SearchHit[]> {
    const full = { ...DEFAULT_LIMITS, ...limits };
    await this.loadShardsFor(query);
    const ranked = rankDocuments(this.index, query, full);
    const chunks = new Map(await Promise.all([...new Set(ranked.map((hit) => hit.page))].map(async (page) => [page, await this.pageChunk(page)] as const)));
    return ranked.map((hit) => {
      const chunk = chunks.get(hit.page) as PageChunk;
      const [kind, anchor, heading, step, procedure, text] = chunk.documents[hit.id - (this.index.signals.pageStarts[hit.page] ?? 0)] ?? ['article', '', '', 0, '', ''];
      return toHit(chunk.page, { kind, page: hit.page, anchor, heading, step, procedure, text }, hit.id, new Set(hit.terms), full.snippetLength, this.index.analysis, words);
    });
  }

  /**
   * Loads the shards of the query's words; then, for a word the index lacks, those of every part it
   * could split into (analysis.partCandidates), so a compound is split exactly as on the server.
   */
  private async loadShardsFor(query: string): Promise<void> {
    const { analysis, table } = this.index;
    const words = tokenize(searchableQuery(query));
    const terms = words.map((word) => analysis.term(word));
    await this.loadShardsOf(terms);
    if (!analysis.partCandidates) return;
    const unknown = words.filter((_, i) => {
      const term = terms[i];
      return term !== null && term !== undefined && table.get(term) === undefined;
    });
    await this.loadShardsOf(unknown.flatMap((word) => analysis.partCandidates?.(word) ?? []));
  }

  private async loadShardsOf(terms: readonly (string | null | undefined)[]): Promise<void> {
    const needed = new Set<number>();
    for (const term of terms) {
      const shard = term === null || term === undefined ? undefined : this.shardOfPrefix[shardPrefix(term)];
      if (shard !== undefined) needed.add(shard);
    }
    const loaded = await Promise.all([...needed].map(async (shard) => [shard, await this.termShard(shard)] as const));
    for (const [shard, terms] of loaded) {
      if (this.added.has(shard)) continue;
      this.added.add(shard);
      for (const [term, byField] of terms) {
        this.index.table.add(
          term,
          // Typed arrays: half the memory of arrays of numbers, and one element kind for the scoring loop.
          byField.map(([field, docDeltas, frequencies, lengths]) => ({
            field,
            docs: undeltaInto(new Int32Array(docDeltas.length), docDeltas),
            frequencies: frequencies === 0 ? new Int32Array(docDeltas.length).fill(1) : Int32Array.from(frequencies),
            lengths: Int32Array.from(lengths),
          })),
        );
      }
    }
  }

  private termShard(shard: number): Promise<TermShard> {
    return this.cached(this.shards, shard, () => this.fetchJson(shardFile(this.base, shard)) as Promise<TermShard>);
  }

  private pageChunk(page: number): Promise<PageChunk> {
    return this.cached(this.pages, page, () => this.fetchJson(pageFile(this.base, page)) as Promise<PageChunk>);
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
}

/** Running sums of `deltas` written into `into`: the document ids of a posting list. */
function undeltaInto(into: Int32Array, deltas: readonly number[]): Int32Array {
  let sum = 0;
  for (let i = 0; i < deltas.length; i += 1) into[i] = sum += deltas[i] as number;
  return into;
}
