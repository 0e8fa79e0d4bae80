/**
 * Writes the browser's split search index of every site language into public/, where the site's
 * server serves it as static files: over a thousand files at 1,000 articles, which as prerendered
 * Next routes cost the build more time than the articles themselves. Each chunk's folder is named
 * by its content (sharded-format.ts), so a build writes only the folders it does not find — after
 * editing one article, the shards whose terms changed and that article's group of pages — and
 * removes the folders the new index no longer names, so public/ holds exactly one index per language.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitSiteSearch, type ChunkFile, type PageGroupRevisions } from '../lib/search/sharded';
import { languageFolder, searchIndexBasePath, type ShardedIndexBase } from '../lib/search/sharded-format';
import type { BlockedSiteSearch } from '../lib/search/engine';
import { UnreadableSections, type LanguageContent, type OutlinedArticle, type ValidatedContent } from '../lib/content/validated-content';
import { builtSiteSearchOf } from '../lib/search/site-search.server';
import { SOURCE_LANGUAGE } from '../lib/i18n/languages';
import { diskBlockCache } from './search-index-cache';

const publicDir = path.resolve('public');
/** The folders chunkPath names: a chunk revision (sharded.ts), 16 hex digits. */
const REVISION_FOLDER = /^[0-9a-f]{16}$/;

const fileOf = (urlPath: string) => path.join(publicDir, ...urlPath.split('/').filter(Boolean));

/**
 * Writes one chunk folder unless it is already there. The files go into a temporary folder that is
 * then renamed, so a folder that exists is always complete, even after a build that was stopped.
 * Returns the bytes written (raw: the server sends them compressed, and `npm run bench` measures
 * what the browser downloads).
 */
function writeFolder(files: readonly ChunkFile<unknown>[]): number {
  const folder = path.dirname(fileOf(files[0]!.path));
  if (existsSync(folder)) return 0;
  const temporary = `${folder}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  let bytes = 0;
  for (const file of files) {
    const json = file.json();
    writeFileSync(path.join(temporary, path.basename(file.path)), json);
    bytes += Buffer.byteLength(json);
  }
  renameSync(temporary, folder);
  return bytes;
}

/**
 * Writes one language's index and what changed of it; returns the line the build prints about it.
 * A translation language's index is split with the English one (`source`), which answers for its
 * untranslated pages.
 */
function writeLanguageIndex(
  search: BlockedSiteSearch,
  started: number,
  source?: { search: BlockedSiteSearch; base: ShardedIndexBase },
  revisions?: PageGroupRevisions,
): { base: ShardedIndexBase; line: string } {
  const { language } = search.index.analysis;
  // Each language's chunk folders sit in its own folder (English's also holds the others' folders,
  // which are not revision names, so its cleanup leaves them alone).
  const indexDir = fileOf(languageFolder(language));
  mkdirSync(indexDir, { recursive: true });
  let bytes = 0;
  let written = 0;
  let shards = 0;
  let pages = 0;
  const count = (folderBytes: number) => {
    bytes += folderBytes;
    if (folderBytes > 0) written += 1;
  };
  // Each folder is written as it is made, and dropped: the whole split index held at once (a second copy
  // of every posting) was much of the build's peak memory at 10,000 articles.
  const base = splitSiteSearch(
    search,
    {
      shard: (file) => {
        shards += 1;
        count(writeFolder([file]));
      },
      pageGroup: (files) => {
        pages += files.length;
        count(writeFolder(files));
      },
    },
    source,
    revisions,
  );
  const wanted = new Set([...base.shardRevisions, ...base.pageGroupRevisions]);
  const stale = readdirSync(indexDir).filter((name) => (REVISION_FOLDER.test(name) && !wanted.has(name)) || name.endsWith('.tmp'));
  for (const name of stale) rmSync(path.join(indexDir, name), { recursive: true, force: true });

  // Last, and whole or not at all: a server answering meanwhile never names a folder not yet written.
  const baseJson = JSON.stringify(base);
  const baseFile = fileOf(searchIndexBasePath(language));
  writeFileSync(`${baseFile}.${process.pid}.tmp`, baseJson);
  renameSync(`${baseFile}.${process.pid}.tmp`, baseFile);
  bytes += Buffer.byteLength(baseJson);

  const translated = source ? ' translated; the English index answers for the rest' : '';
  const line =
    `search index (${language}): ${1 + shards + pages} files (${shards} term shards, ${pages} pages${translated}), ` +
    `revision ${base.revision}; wrote ${written} of ${wanted.size} chunk folders ` +
    `(${(bytes / 1024).toFixed(0)} KiB), removed ${stale.length}, in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  return { base, line };
}

/**
 * Indexes models the caller has already loaded (prebuild: those the content check read), the
 * English and each translation language's translated part (language-content.server.ts), and
 * writes the files; returns the lines the build prints about them.
 */
export function writeSearchIndexOf(models: ValidatedContent, translations: readonly LanguageContent[] = []): string {
  let started = performance.now();
  const cache = diskBlockCache(SOURCE_LANGUAGE);
  const search = builtSiteSearchOf(models, cache);
  const english = writeLanguageIndex(search, started, undefined, cache);
  cache.sweep();
  const lines = [`${english.line}; ${cache.hits} of ${cache.hits + cache.misses} index blocks from the cache`];
  for (const translation of translations) {
    started = performance.now();
    lines.push(writeLanguageIndex(builtSiteSearchOf(translation), started, { search, base: english.base }).line);
  }
  return lines.join('\n');
}

/**
 * writeSearchIndexOf over the content check's articles, whose sections are read from the outline cache
 * as the index needs them: should one be unreadable (a cache file truncated, or written by something
 * else), every article whose sections are unreadable is outlined again and the index built once more.
 */
export async function writeCheckedSearchIndex(models: ValidatedContent, translations: readonly LanguageContent[] = []): Promise<string> {
  try {
    return writeSearchIndexOf(models, translations);
  } catch (error) {
    if (!(error instanceof UnreadableSections)) throw error;
    for (const article of models.articles) await unreadableSectionsOf(article)?.outlineAgain();
    return writeSearchIndexOf(models, translations);
  }
}

/** Reads an article's sections only to learn whether they can be read. */
function unreadableSectionsOf(article: OutlinedArticle): UnreadableSections | undefined {
  try {
    article.sections.at(0);
    return undefined;
  } catch (error) {
    if (error instanceof UnreadableSections) return error;
    throw error;
  }
}
