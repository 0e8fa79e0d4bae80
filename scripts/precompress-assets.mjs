// @ts-check
/**
 * The last step of `npm run build` (scripts/build.mjs): a brotli (quality 11) and a gzip (level 9) copy beside each script, stylesheet and
 * other text asset the build wrote under .next/static, which scripts/site-server.mjs sends as they
 * are. The best quality costs about a second of compression per build instead of some on every
 * response; copies are kept in .next/cache by content hash, so a rebuild that leaves the runtime's
 * chunks unchanged compresses only what changed. Plain JavaScript, so it runs on node without
 * tsx's half a second of start-up (issue 8, rebuild budget).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliBest, gzipBest } from './best-compression.mjs';
import { filesUnder } from './files-under.mjs';
import { buildDir } from '../lib/build-dir.mjs';

const STATIC_DIR = path.join(buildDir, 'static');
const CACHE_DIR = path.join(buildDir, 'cache', 'precompressed');
const COMPRESSIBLE = /\.(js|mjs|css|json|svg|txt|map)$/;
/** Below this, the copy saves less than a packet. */
const MIN_BYTES = 1024;

/** Each copy's file extension and how it is made. */
const encoders = { br: brotliBest, gz: gzipBest };

/**
 * Writes `file.br` and `file.gz`, from the cache when the same bytes were compressed before.
 * Returns the cache entries used, or none for a file too small to gain.
 * @param {string} file
 * @returns {Promise<string[]>}
 */
async function precompress(file) {
  const data = await readFile(file);
  if (data.length < MIN_BYTES) return [];
  const hash = createHash('sha256').update(data).digest('hex');
  return Promise.all(
    Object.entries(encoders).map(async ([extension, encode]) => {
      const cached = `${hash}.${extension}`;
      if (!existsSync(path.join(CACHE_DIR, cached))) await writeFile(path.join(CACHE_DIR, cached), await encode(data));
      await copyFile(path.join(CACHE_DIR, cached), `${file}.${extension}`);
      return cached;
    }),
  );
}

if (!existsSync(STATIC_DIR)) {
  console.error(`precompress: ${STATIC_DIR} is missing; run next build first.`);
  process.exit(1);
}
await mkdir(CACHE_DIR, { recursive: true });
const started = performance.now();
const files = filesUnder(STATIC_DIR).filter((file) => COMPRESSIBLE.test(file));
const used = new Set((await Promise.all(files.map(precompress))).flat());
// Copies of assets no build has any more would pile up in the cache.
const stale = (await readdir(CACHE_DIR)).filter((name) => !used.has(name));
await Promise.all(stale.map((name) => rm(path.join(CACHE_DIR, name))));
console.log(`precompress: ${used.size / 2} of ${files.length} assets in brotli and gzip, ${Math.round(performance.now() - started)} ms`);
