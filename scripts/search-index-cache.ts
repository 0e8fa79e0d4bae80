/**
 * The search index's blocks (lib/search/index-blocks.ts) kept on disk between builds, beside the
 * content check's cache (FIXPATH_CACHE_DIR, else `.next/cache`, so deleting `.next` gives a cold
 * build). A block's file is named by a hash of its documents' indexed fields and of every source file
 * of lib/search, so an edited article or an edited indexer can only miss, never find stale postings.
 * One file per block of 100 pages: a rebuild reads about a hundred files at 10,000 articles, not one
 * per article.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../lib/content/compile-cache.server';
import { readJsonFile, writeJsonFileAtomically } from '../lib/content/json-file.server';
import type { SearchDocument } from '../lib/search/documents';
import type { IndexBlock, IndexBlockCache } from '../lib/search/index-blocks';
import { FIELDS } from '../lib/search/term-table';

/** Bump to drop every cached block when their meaning changes without a lib/search source changing. */
const BLOCK_CACHE_VERSION = 1;
const INDEXER_DIR = 'lib/search';
const BLOCK_FILE = /^[0-9a-f]{64}\.json$/;

/** Changes with any source of the indexer: every block key includes it. */
function indexerCode(dir: string): string {
  const hash = createHash('sha256').update(`search blocks v${BLOCK_CACHE_VERSION}`);
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts')).sort()) hash.update(`\0${name}\0`).update(readFileSync(path.join(dir, name)));
  return hash.digest('hex');
}

function isBlock(value: unknown): value is IndexBlock {
  const block = value as IndexBlock | undefined;
  return typeof block?.documentCount === 'number' && Array.isArray(block.textDocumentFrequency) && (block.postings === undefined || (Array.isArray(block.postings.terms) && Array.isArray(block.postings.shape) && Array.isArray(block.postings.docs)));
}

/**
 * A cache of one language's blocks for one build; `sweep` then removes the blocks it did not use.
 * `indexerDir` is the code its keys depend on (tests point it elsewhere).
 */
export function diskBlockCache(
  language: string,
  folder = path.join(cacheDir(), 'search-blocks', language),
  indexerDir = path.resolve(INDEXER_DIR),
): IndexBlockCache & { sweep(): void; hits: number; misses: number } {
  const used = new Set<string>();
  const code = indexerCode(indexerDir);
  const cache = {
    hits: 0,
    misses: 0,
    key(documents: readonly SearchDocument[]): string {
      // One string per block, hashed at once: an update per field cost 1.6 s of CPU at 10,000 articles.
      // Lengths first, so no text can pass for two fields of another document.
      const parts: string[] = [code];
      for (const document of documents) for (const field of FIELDS) parts.push(`${document[field].length}:`, document[field]);
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
    sweep(): void {
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
