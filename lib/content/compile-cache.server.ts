import 'server-only';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import { buildDir } from '@/lib/build-dir.mjs';
import type { CompiledMdx, CompileOptions } from './compile.server';
import type { BodyData } from './body-data.server';
import type { ArticleOutline } from './remark-anchors';
import type { SectionText } from './remark-section-text';
import { readJsonFile, writeJsonFileAtomically } from './json-file.server';

/**
 * Compiled MDX and outlines, cached in memory and on disk by a hash of the source and of the compiler.
 *
 * The content check outlines every article (and compiles each troubleshooter fix); a page compiles
 * its article when it first renders, at build for the pages rendered ahead, else on its first
 * request. The disk cache lets the check, build workers and server share each pass, and lets a
 * rebuild after editing one article redo only that article. It lives in `.next/cache` (like
 * Next's own caches), so deleting `.next` gives a truly cold build.
 */

/**
 * Code whose change alters compiled output is part of every cache key: the compiler and its
 * plugins live in lib/content, and the plugins validate with lib/registry and lib/iis. Whole
 * folders, so a new plugin file cannot be forgotten here.
 */
const COMPILER_SOURCE_DIRS = ['lib/content', 'lib/registry', 'lib/iis'];
/** Single modules the plugins read: procedure scopes come from browser-scope, "did you mean" from nearest-names. */
const COMPILER_SOURCE_FILES = ['lib/browser-scope.ts', 'lib/nearest-names.ts'];
const COMPILER_PACKAGES = ['mdx-bundler', 'esbuild', 'remark-gfm', 'remark-mdx', 'remark-parse'];

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
  const inDirs = COMPILER_SOURCE_DIRS.flatMap((dir) => {
    try {
      return readdirSync(projectFile(dir))
        .filter((name) => name.endsWith('.ts'))
        .sort()
        .map((name) => `${dir}/${name}`);
    } catch {
      return [`${dir}/`];
    }
  });
  return [...inDirs, ...COMPILER_SOURCE_FILES];
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

/** Where parsed content is cached: the build folder's cache, so deleting the build gives a truly cold build. */
export function cacheDir(): string {
  return process.env.FIXPATH_CACHE_DIR ?? projectFile(path.join(buildDir, 'cache', 'fixpath-mdx'));
}

// The last few hundred compiles: enough for a page and its metadata, and for wizard outcomes that
// show the same procedures, without holding a 1,000-article site in memory.
const inMemory = new LRUCache<string, Promise<unknown>>({ max: 200 });

/** Compiles what the cache lacks: in this thread (the default) or in a pool of worker threads. */
export type ArticleCompiler = (body: string, options: CompileOptions) => Promise<CompiledMdx>;
/** Outlines what the cache lacks (the content check's pass, see outline.server.ts). */
export type ArticleOutliner = (body: string, options: CompileOptions) => Promise<ArticleOutline>;

/** Both passes over an article, run where the caller chooses: this thread, or every core. */
export interface ArticlePasses {
  compile: ArticleCompiler;
  outline: ArticleOutliner;
}

let compilesInThisThread: Promise<unknown> = Promise.resolve();

/**
 * Compiles in this thread, one article at a time: callers may ask for many at once (the content check
 * does), and interleaved compiles would only hold more syntax trees in memory for the same CPU.
 * The compiler (mdx-bundler, esbuild, remark) takes half a second to load, so only a cache miss
 * loads it: a check that finds only outlines missing, or a server that finds an article compiled, never does.
 */
export const compileInThisThread: ArticleCompiler = (body, options) => {
  const compiled = compilesInThisThread.then(async () => (await import('./compile.server')).compileArticleBody(body, options));
  compilesInThisThread = compiled.catch(() => undefined);
  return compiled;
};

/** Outlines in this thread; the outline pass is synchronous, so nothing interleaves. */
export const outlineInThisThread: ArticleOutliner = async (body, options) => (await import('./outline.server')).outlineArticleBody(body, options);

export const inThisThread: ArticlePasses = { compile: compileInThisThread, outline: outlineInThisThread };

function keyOf(pass: string, body: string, options: CompileOptions): string {
  return createHash('sha256')
    .update(`${pass}\0${compilerFingerprint()}\0${options.slug}\0${options.onlyProcedure ?? ''}\0${body}`)
    .digest('hex');
}

function fileOf(key: string, suffix = ''): string {
  // Not a file for Turbopack to trace: it read this join as "any JSON two folders down" and listed every
  // matching project file in each server route's trace (10,157 search index files at 10,000 articles),
  // which held ~360 MB of the compile's memory and 11 s of its CPU (issue 26).
  return path.join(/* turbopackIgnore: true */ cacheDir(), key.slice(0, 2), `${key}${suffix}.json`);
}

/**
 * How one pass's result (T) is kept on disk and what a caller reads of it (R): one JSON file read
 * whole by default; the outline is two files, and the check reads only its own part.
 */
interface Stored<T, R = T> {
  read(key: string): R | undefined;
  write(key: string, result: T): void;
  /** What the caller gets of a result just produced. */
  view(result: T, key: string): R;
}

function oneFile<T>(isValid: (value: unknown) => boolean): Stored<T> {
  return {
    read: (key) => {
      const fromDisk = readJsonFile<unknown>(fileOf(key));
      return fromDisk !== undefined && isValid(fromDisk) ? (fromDisk as T) : undefined;
    },
    write: (key, result) => writeJsonFileAtomically(fileOf(key), result),
    view: (result) => result,
  };
}

/**
 * One pass's result, from memory, disk or `produce`, keyed by the pass, source and compiler.
 * Failures are never cached, so a fix is seen at once. `view` names what is read of the stored
 * result (the check reads less of an outline than a page), so each view has its own memory entry.
 */
function cached<T, R>(pass: string, body: string, options: CompileOptions, produce: () => Promise<T>, stored: Stored<T, R>, view = ''): Promise<R> {
  const key = keyOf(pass, body, options);
  const memoryKey = `${view}${key}`;
  let entry = inMemory.get(memoryKey) as Promise<R> | undefined;
  if (!entry) {
    const fromDisk = stored.read(key);
    entry =
      fromDisk !== undefined
        ? Promise.resolve(fromDisk)
        : produce().then((result) => {
            stored.write(key, result);
            return stored.view(result, key);
          });
    inMemory.set(memoryKey, entry);
    entry.catch(() => inMemory.delete(memoryKey));
  }
  return entry;
}

/** The article's rendering code and outline, compiled once per distinct source and compiler. */
export function compileArticleBodyCached(body: string, options: CompileOptions, compile = compileInThisThread): Promise<CompiledMdx> {
  return cached('compile', body, options, () => compile(body, options), oneFile(() => true));
}

/** The article's outline alone: the content check's pass, about half a compile. */
export function outlineArticleBodyCached(body: string, options: CompileOptions, outline = outlineInThisThread): Promise<ArticleOutline> {
  return cached('outline', body, options, () => outline(body, options), wholeOutline, 'whole:');
}

/**
 * The content check's part of an outline: its anchors, links, cited sources and problems. The rest (the
 * sections' text, which only the search index reads, and the procedures and registry records, which
 * only pages read) is kept in a file of its own: at 10,000 articles it is three quarters of the outlines'
 * 160 MB of JSON, and reading all of it made most of a rebuild's garbage (issue 26). `key` names the
 * outline (its body, slug and the compiler), so the index can tell an article's sections unchanged
 * without reading them.
 */
export interface CheckedOutline {
  outline: CheckPart;
  key: string;
}

type CheckPart = Pick<ArticleOutline, (typeof CHECK_PART)[number]>;
type PagePart = Omit<ArticleOutline, (typeof CHECK_PART)[number]>;
const CHECK_PART = ['anchors', 'links', 'sourceLinks', 'problems'] as const;
const PAGE_PART = ['sections', 'procedures', 'registryChanges'] as const satisfies readonly (keyof PagePart)[];
const PAGE_PART_SUFFIX = '.page';

export function checkedOutlineCached(body: string, options: CompileOptions, outline = outlineInThisThread): Promise<CheckedOutline> {
  return cached('outline', body, options, () => outline(body, options), checkedPart, 'check:');
}

/** An outline's sections, read apart from its check part: undefined when their file is missing or unreadable (then outline the body again). */
export function cachedOutlineSections(key: string): SectionText[] | undefined {
  return readPagePart(key)?.sections;
}

function readPagePart(key: string): PagePart | undefined {
  const found = readJsonFile<unknown>(fileOf(key, PAGE_PART_SUFFIX));
  return isPagePart(found) ? found : undefined;
}

function checkPartOf({ anchors, links, sourceLinks, problems }: ArticleOutline): CheckPart {
  return { anchors, links, sourceLinks, problems };
}

/** The outline's files: the page part first, so a check part on disk means the page part was written before it. */
function writeOutline(key: string, outline: ArticleOutline): void {
  const { sections, procedures, registryChanges } = outline;
  writeJsonFileAtomically(fileOf(key, PAGE_PART_SUFFIX), { sections, procedures, registryChanges } satisfies PagePart);
  writeJsonFileAtomically(fileOf(key), checkPartOf(outline));
}

function readCheckPart(key: string): CheckPart | undefined {
  const found = readJsonFile<unknown>(fileOf(key));
  return isCheckPart(found) ? found : undefined;
}

const wholeOutline: Stored<ArticleOutline> = {
  view: (outline) => outline,
  read: (key) => {
    const checkPart = readCheckPart(key);
    const pagePart = checkPart && readPagePart(key);
    return pagePart && { ...checkPart, ...pagePart };
  },
  write: writeOutline,
};

const checkedPart: Stored<ArticleOutline, CheckedOutline> = {
  view: (outline, key) => ({ outline: checkPartOf(outline), key }),
  read: (key) => {
    const outline = readCheckPart(key);
    return outline && { outline, key };
  },
  write: writeOutline,
};

/** A check part holds exactly its lists; anything else (truncated, foreign, an older whole outline) is outlined afresh. */
function isCheckPart(value: unknown): value is CheckPart {
  const part = value as Record<string, unknown> | null;
  return (
    typeof part === 'object' &&
    part !== null &&
    Object.keys(part).length === CHECK_PART.length &&
    CHECK_PART.every((list) => Array.isArray(part[list])) &&
    (part.anchors as unknown[]).every((anchor) => typeof (anchor as { id?: unknown } | null)?.id === 'string') &&
    (part.links as unknown[]).every((link) => typeof (link as { href?: unknown } | null)?.href === 'string' && typeof (link as { line?: unknown }).line === 'number')
  );
}

function isPagePart(value: unknown): value is PagePart {
  const part = value as Record<string, unknown> | null;
  return (
    typeof part === 'object' &&
    part !== null &&
    PAGE_PART.every((list) => Array.isArray(part[list])) &&
    (part.sections as unknown[]).every((section) => typeof (section as SectionText | null)?.text === 'string' && ((section as SectionText).anchorId === null || typeof (section as SectionText).anchorId === 'string'))
  );
}

/**
 * The translation check's parse of a body (body-data.server.ts), cached like an outline: the check
 * parses every translated article and its English source on every build, and at 10,000 articles that
 * was 1–2.5 s of a rebuild's CPU for bodies that had not changed (issue 26). A miss loads the parser.
 */
export function bodyDataCached(body: string): Promise<BodyData> {
  return cached('body-data', body, { slug: '' }, async () => (await import('./body-data.server')).bodyDataOf(body), oneFile(isBodyData));
}

/** A cache file holds what bodyDataOf returns; anything else (a truncated or foreign file) is parsed afresh. */
function isBodyData(value: unknown): boolean {
  const data = value as Partial<BodyData> | null;
  return (
    Array.isArray(data?.components) &&
    data.components.every((component) => typeof component?.name === 'string' && typeof component.line === 'number' && typeof component.data === 'object' && component.data !== null) &&
    Array.isArray(data.codeBlocks) &&
    data.codeBlocks.every((block) => typeof block?.line === 'number' && typeof block.value === 'string')
  );
}
