import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BoundedCache } from '@/lib/bounded-cache';
import type { CompiledMdx, CompileOptions } from './compile.server';
import { readJsonFile, writeJsonFileAtomically } from './json-file.server';

/**
 * Compiled MDX, cached in memory and on disk by a hash of the source and of the compiler.
 *
 * A build compiles every article in the content check, again in each static-generation worker and
 * once more for the search index. The disk cache lets them share one compile, and lets a rebuild
 * after editing one article recompile only that article. It lives in `.next/cache` (like Next's
 * own caches), so deleting `.next` gives a truly cold build.
 */

/**
 * Code whose change alters compiled output is part of every cache key: the compiler and its
 * plugins live in lib/content, and the plugins validate with lib/registry and lib/iis. Whole
 * folders, so a new plugin file cannot be forgotten here.
 */
const COMPILER_SOURCE_DIRS = ['lib/content', 'lib/registry', 'lib/iis'];
const COMPILER_PACKAGES = ['mdx-bundler', 'esbuild', 'remark-gfm'];

function projectFile(relative: string): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), relative);
}

function readOrMarker(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // A deployment without sources still caches; it just cannot tell compiler edits apart.
    return `absent:${file}`;
  }
}

function compilerSources(): string[] {
  return COMPILER_SOURCE_DIRS.flatMap((dir) => {
    try {
      return readdirSync(projectFile(dir))
        .filter((name) => name.endsWith('.ts'))
        .sort()
        .map((name) => `${dir}/${name}`);
    } catch {
      return [`${dir}/`];
    }
  });
}

let fingerprint: string | undefined;

/** Changes whenever the content code or the compiler does: every cache of parsed content is keyed by it. */
export function compilerFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(compilerSources().map((file) => `${file}\0${readOrMarker(projectFile(file))}`).join('\0'))
    .update(COMPILER_PACKAGES.map((name) => readOrMarker(projectFile(`node_modules/${name}/package.json`))).join('\0'))
    .digest('hex');
  return fingerprint;
}

/** Where parsed content is cached: `.next/cache`, so deleting `.next` gives a truly cold build. */
export function cacheDir(): string {
  return process.env.FIXPATH_CACHE_DIR ?? projectFile('.next/cache/fixpath-mdx');
}

// The last few hundred compiles: enough for a page and its metadata, and for wizard outcomes that
// show the same procedures, without holding a 1,000-article site in memory.
const inMemory = new BoundedCache<string, Promise<CompiledMdx>>(200);

/** Compiles what the cache lacks: in this thread (the default) or in a pool of worker threads. */
export type ArticleCompiler = (body: string, options: CompileOptions) => Promise<CompiledMdx>;

let inThisThread: Promise<unknown> = Promise.resolve();

/**
 * Compiles in this thread, one article at a time: callers may ask for many at once (the content check
 * does), and interleaved compiles would only hold more syntax trees in memory for the same CPU.
 * The compiler (mdx-bundler, esbuild, remark) takes half a second to load, so only a cache miss
 * loads it: a build worker or a server that finds every article compiled never does.
 */
export const compileInThisThread: ArticleCompiler = (body, options) => {
  const compiled = inThisThread.then(async () => (await import('./compile.server')).compileArticleBody(body, options));
  inThisThread = compiled.catch(() => undefined);
  return compiled;
};

/** Compiles once per distinct source and compiler; failures are never cached, so a fix is seen at once. */
export function compileArticleBodyCached(body: string, options: CompileOptions, compile = compileInThisThread): Promise<CompiledMdx> {
  const key = createHash('sha256')
    .update(`${compilerFingerprint()}\0${options.slug}\0${options.onlyProcedure ?? ''}\0${body}`)
    .digest('hex');
  let entry = inMemory.get(key);
  if (!entry) {
    const file = path.join(cacheDir(), key.slice(0, 2), `${key}.json`);
    const fromDisk = readJsonFile<CompiledMdx>(file);
    entry = fromDisk ? Promise.resolve(fromDisk) : compile(body, options).then((compiled) => storeOnDisk(file, compiled));
    inMemory.set(key, entry);
    entry.catch(() => inMemory.delete(key));
  }
  return entry;
}

function storeOnDisk(file: string, compiled: CompiledMdx): CompiledMdx {
  writeJsonFileAtomically(file, compiled);
  return compiled;
}
