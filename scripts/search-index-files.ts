/**
 * Writes the browser's split search index into public/, where the site's server serves it as static
 * files: over a thousand files at 1,000 articles, which as prerendered Next routes cost the build
 * more time than the articles themselves. Files of an older build are removed first, so public/
 * holds exactly one revision.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shardSiteSearch } from '../lib/search/sharded';
import { chunkPath, SEARCH_INDEX_BASE_PATH } from '../lib/search/sharded-format';
import type { ValidatedContent } from '../lib/content/validated-content';
import { siteSearchOf } from '../lib/search/site-search.server';

const publicDir = path.resolve('public');

function write(urlPath: string, value: unknown): number {
  const file = path.join(publicDir, ...urlPath.split('/').filter(Boolean));
  mkdirSync(path.dirname(file), { recursive: true });
  const json = JSON.stringify(value);
  writeFileSync(file, json);
  // Raw bytes: the server sends them compressed, and gzipping a thousand files only to count cost
  // the build 0.2 s (what the browser downloads is measured by `npm run bench`).
  return Buffer.byteLength(json);
}

/**
 * Indexes models the caller has already loaded (prebuild: those the content check read) and writes
 * the files; returns the line the build prints about them.
 */
export function writeSearchIndexOf(models: ValidatedContent): string {
  const started = performance.now();
  const { base, shards, pages } = shardSiteSearch(siteSearchOf(models));
  rmSync(path.join(publicDir, 'search-index'), { recursive: true, force: true });
  let bytes = write(SEARCH_INDEX_BASE_PATH, base);
  shards.forEach((shard, index) => (bytes += write(chunkPath.shard(base.revision, index), shard)));
  pages.forEach((page, index) => (bytes += write(chunkPath.page(base.revision, index), page)));
  return (
    `search index: ${1 + shards.length + pages.length} files (${shards.length} term shards, ${pages.length} pages), ` +
    `${(bytes / 1024).toFixed(0)} KiB, revision ${base.revision}, in ${((performance.now() - started) / 1000).toFixed(1)} s`
  );
}
