/**
 * `npm run search:index` (run by prebuild and predev): writes the browser's split search index into
 * public/, where the site's server serves it as static files.
 *
 * It is written here rather than by Next routes because a site of 1,000 articles has over a
 * thousand index files, and rendering each as a prerendered route cost the build more time than
 * the articles themselves. Files of an older build are removed first, so public/ holds exactly one
 * revision. Uses CONTENT_DIR like the build.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDir } from '../lib/content/content-dir.server';
import { getShardedIndex } from '../lib/search/site-search.server';
import { chunkPath, SEARCH_INDEX_BASE_PATH } from '../lib/search/sharded-format';

const publicDir = path.resolve('public');

function write(urlPath: string, value: unknown): number {
  const file = path.join(publicDir, ...urlPath.split('/').filter(Boolean));
  mkdirSync(path.dirname(file), { recursive: true });
  const json = JSON.stringify(value);
  writeFileSync(file, json);
  return gzipSync(json).length;
}

const started = performance.now();
const { base, shards, pages } = await getShardedIndex(contentDir());
rmSync(path.join(publicDir, 'search-index'), { recursive: true, force: true });
let gzipBytes = write(SEARCH_INDEX_BASE_PATH, base);
shards.forEach((shard, index) => (gzipBytes += write(chunkPath.shard(base.revision, index), shard)));
pages.forEach((page, index) => (gzipBytes += write(chunkPath.page(base.revision, index), page)));
console.log(
  `search index: ${1 + shards.length + pages.length} files (${shards.length} term shards, ${pages.length} pages), ` +
    `${(gzipBytes / 1024).toFixed(0)} KiB gzip, revision ${base.revision}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
