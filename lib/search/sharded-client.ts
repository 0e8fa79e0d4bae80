import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import { loadAnalysis, type TextAnalysis } from './analysis';
import type { SearchPage } from './documents';
import { fallbackPage, mergeByScore, type Scored } from './language-fallback';
import { DEFAULT_LIMITS, ENGLISH_HIT_WORDS, toHit, type HitWords, type SearchHit, type SearchLimits } from './query';
import { rankDocuments, searchableQuery, type RankedIndex } from './rank';
import { Scorer } from './score';
import { isEnglishIndex, pageFile, SEARCH_INDEX_BASE_PATH, searchIndexBasePath, shardFile, shardPrefix, SHARDED_INDEX_VERSION, undelta, type PageChunk, type ShardedIndexBase, type TermShard } from './sharded-format';
import { TermTable } from './term-table';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { tokenize } from './terms';

/** How the client gets a JSON file: `fetch` in the browser, a map of files in tests and the bench. */
export type FetchJson = (path: string) => Promise<unknown>;

/** What the search box queries: one index, or a language's index with the English one behind it. */
export interface SiteSearchClient {
  /** The language of the index's own words (its results' words, but for English fallback results marked as such). */
  readonly language: SiteLanguage;
  search(query: string, limits?: Partial<SearchLimits>, words?: HitWords): Promise<SearchHit[]>;
}

/**
 * The browser's side of the split index (see sharded-format.ts): it fetches the term shards a query's
 * words need and the page chunks of the results it shows, each once, and ranks exactly as the
 * whole index would.
 */
export class ShardedSiteSearch implements SiteSearchClient {
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
  /** The language the index was built in (its words, and so its results' words). */
  readonly language: SiteLanguage;

  /** Fetches one index's base file (searchIndexBasePath); refuses one from another version instead of misreading it. */
  static async load(fetchJson: FetchJson, basePath = SEARCH_INDEX_BASE_PATH): Promise<ShardedSiteSearch> {
    return ShardedSiteSearch.ofBase(await fetchJson(basePath), fetchJson);
  }

  private static async ofBase(fetched: unknown, fetchJson: FetchJson): Promise<ShardedSiteSearch> {
    const base = fetched as ShardedIndexBase | null;
    if (base?.version !== SHARDED_INDEX_VERSION) throw new Error(`search index: expected version ${SHARDED_INDEX_VERSION}`);
    return new ShardedSiteSearch(base, fetchJson, await loadAnalysis(base.language ?? SOURCE_LANGUAGE));
  }

  /**
   * A site language's search, as a page in that language runs it: English's own index, or a
   * translation language's index of its translated pages together with the English index for the
   * rest (language-fallback.ts). Both base files are fetched at once.
   */
  static async loadLanguage(fetchJson: FetchJson, language: SiteLanguage): Promise<SiteSearchClient> {
    if (isEnglishIndex(language)) return ShardedSiteSearch.load(fetchJson);
    const [own, source] = await Promise.all([
      fetchJson(searchIndexBasePath(language)).then((base) => ShardedSiteSearch.ofBase(base, fetchJson)),
      fetchJson(searchIndexBasePath(SOURCE_LANGUAGE)).then((base) => ShardedSiteSearch.ofBase(base, fetchJson)),
    ]);
    const fallback = own.base.fallback;
    // Bases of two deploys (one fetched before, one after): the page numbers may not match, so the
    // language's results alone, rather than an article twice.
    if (fallback?.revision !== source.base.revision) return own;
    const translated = new Set(undelta(fallback.translatedPages));
    return {
      language: own.language,
      search: async (query, limits = {}, words = ENGLISH_HIT_WORDS) => {
        const full = { ...DEFAULT_LIMITS, ...limits };
        const [ownHits, sourceHits] = await Promise.all([
          own.scoredSearch(query, full, words),
          source.scoredSearch(query, full, words, { skipPages: translated, page: (page) => fallbackPage(page, language) }),
        ]);
        return mergeByScore(ownHits, sourceHits, full.limit);
      },
    };
  }

  /** The best results for a query, labelled with `words` (the page language's). */
  async search(query: string, limits: Partial<SearchLimits> = {}, words: HitWords = ENGLISH_HIT_WORDS): Promise<SearchHit[]> {
    return (await this.scoredSearch(query, { ...DEFAULT_LIMITS, ...limits }, words)).map((hit) => hit.item);
  }

  /** The results with their scores; as the English index of another language's search, without `skipPages` and shown as `page` says. */
  private async scoredSearch(
    query: string,
    limits: SearchLimits,
    words: HitWords,
    fallback?: { skipPages: ReadonlySet<number>; page: (page: SearchPage) => SearchPage },
  ): Promise<Scored<SearchHit>[]> {
    await this.loadShardsFor(query);
    const ranked = rankDocuments(this.index, query, limits, fallback?.skipPages);
    const chunks = new Map(await Promise.all([...new Set(ranked.map((hit) => hit.page))].map(async (page) => [page, await this.pageChunk(page)] as const)));
    return ranked.map((hit) => {
      const chunk = chunks.get(hit.page) as PageChunk;
      const [kind, anchor, heading, step, procedure, text] = chunk.documents[hit.id - (this.index.signals.pageStarts[hit.page] ?? 0)] ?? ['article', '', '', 0, '', ''];
      const page = fallback ? fallback.page(chunk.page) : chunk.page;
      const item = toHit(page, { kind, page: hit.page, anchor, heading, step, procedure, text }, hit.id, new Set(hit.terms), limits.snippetLength, this.index.analysis, words);
      return { score: hit.score, item };
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
