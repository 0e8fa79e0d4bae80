/**
 * The search index's blocks (lib/search/index-blocks.ts) kept on disk between builds, beside the
 * content check's cache (FIXPATH_CACHE_DIR, else `.next/cache`, so deleting `.next` gives a cold
 * build). A block's file is named by a hash of what its pages' documents are made of (a checked
 * article's header and outline key, so no section text is read to name it), its pages and every source
 * file of lib/search, so an edited article or an edited indexer can only miss, never find stale postings.
 * One file per block of 100 pages: a rebuild reads about a hundred files at 10,000 articles, not one
 * per article.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../lib/content/compile-cache.server';
import { readJsonFile, writeJsonFileAtomically } from '../lib/content/json-file.server';
import type { SearchPage } from '../lib/search/documents';
import type { IndexBlock, IndexBlockCache } from '../lib/search/index-blocks';
import type { PageGroupRevisions } from '../lib/search/sharded';

/** Bump to drop every cached block when their meaning changes without a lib/search source changing. */
const BLOCK_CACHE_VERSION = 3;
const INDEXER_DIR = 'lib/search';
const BLOCK_FILE = /^[0-9a-f]{64}\.json$/;
/** Beside the blocks: each used block's page group revision (sharded.ts PageGroupRevisions), by block key. */
const PAGE_GROUPS_FILE = 'page-groups.json';

/** Changes with any source of the indexer: every block key includes it. */
function indexerCode(dir: string): string {
  const hash = createHash('sha256').update(`search blocks v${BLOCK_CACHE_VERSION}`);
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts')).sort()) hash.update(`\0${name}\0`).update(readFileSync(path.join(dir, name)));
  return hash.digest('hex');
}

function isBlock(value: unknown): value is IndexBlock {
  const block = value as IndexBlock | undefined;
  return (
    typeof block?.documentCount === 'number' &&
    Array.isArray(block.pageDocumentCounts) &&
    block.pageDocumentCounts.every((count) => Number.isInteger(count) && count > 0) &&
    block.pageDocumentCounts.reduce((sum, count) => sum + count, 0) === block.documentCount &&
    Array.isArray(block.textDocumentFrequency) &&
    (block.postings === undefined || (Array.isArray(block.postings.terms) && Array.isArray(block.postings.shape) && Array.isArray(block.postings.docs)))
  );
}

/**
 * A cache of one language's blocks and their page groups' revisions for one build; `sweep` then
 * removes the blocks it did not use and keeps only their revisions. `indexerDir` is the code its keys
 * depend on (tests point it elsewhere).
 */
export function diskBlockCache(
  language: string,
  folder = path.join(cacheDir(), 'search-blocks', language),
  indexerDir = path.resolve(INDEXER_DIR),
): IndexBlockCache & PageGroupRevisions & { sweep(): void; hits: number; misses: number } {
  const used = new Set<string>();
  const code = indexerCode(indexerDir);
  const revisionsFile = path.join(folder, PAGE_GROUPS_FILE);
  let stored: Record<string, string> | undefined;
  const revisions = new Map<string, string>();
  const cache = {
    hits: 0,
    misses: 0,
    key(sources: readonly string[], pages: readonly SearchPage[], firstPage: number): string {
      // One string per block, hashed at once: an update per field cost 1.6 s of CPU at 10,000 articles.
      // Lengths first, so no text can pass for two pages' sources.
      const parts: string[] = [code, `${firstPage}`, JSON.stringify(pages)];
      for (const source of sources) parts.push(`${source.length}:`, source);
      const key = createHash('sha256').update(parts.join('\u0001')).digest('hex');
      used.add(key);
      return key;
    },
    get(key: string): IndexBlock | undefined {
      const found = readJsonFile<unknown>(path.join(folder, `${key}.json`));
      if (isBlock(found)) {
        cache.hits += 1;
        return found;
      }
      cache.misses += 1;
      return undefined;
    },
    set(key: string, block: IndexBlock): void {
      writeJsonFileAtomically(path.join(folder, `${key}.json`), block);
    },
    revision(key: string): string | undefined {
      stored ??= readJsonFile<Record<string, string>>(revisionsFile) ?? {};
      const found = revisions.get(key) ?? (Object.hasOwn(stored, key) ? stored[key] : undefined);
      return typeof found === 'string' ? found : undefined;
    },
    setRevision(key: string, revision: string): void {
      revisions.set(key, revision);
    },
    sweep(): void {
      // Only the revisions of this build's blocks, so the file never outgrows the site.
      const kept = Object.fromEntries([...used].flatMap((key) => {
        const revision = cache.revision(key);
        return revision === undefined ? [] : [[key, revision]];
      }));
      writeJsonFileAtomically(revisionsFile, kept);
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        return;
      }
      for (const name of names) {
        if ((BLOCK_FILE.test(name) && !used.has(name.slice(0, -'.json'.length))) || name.endsWith('.tmp')) rmSync(path.join(folder, name), { force: true });
      }
    },
  };
  return cache;
}
