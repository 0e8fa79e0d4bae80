/**
 * Writes the browser's split search index of every site language into public/, where the site's
 * server serves it as static files: over a thousand files at 1,000 articles, which as prerendered
 * Next routes cost the build more time than the articles themselves. Files of an older build are
 * removed first, so public/ holds exactly one revision of each language.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { shardSiteSearch } from '../lib/search/sharded';
import { chunkPath, searchIndexBasePath } from '../lib/search/sharded-format';
import type { LanguageContent, ValidatedContent } from '../lib/content/validated-content';
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

/** Indexes one language's models and writes its files; returns the line the build prints about them. */
function writeLanguageIndex(models: ValidatedContent | LanguageContent): string {
  const started = performance.now();
  const search = siteSearchOf(models);
  const { language } = search.index.analysis;
  const { base, shards, pages } = shardSiteSearch(search);
  let bytes = write(searchIndexBasePath(language), base);
  shards.forEach((shard, index) => (bytes += write(chunkPath.shard(base.revision, index, language), shard)));
  pages.forEach((page, index) => (bytes += write(chunkPath.page(base.revision, index, language), page)));
  const untranslated = 'language' in models ? models.untranslated.articles.size + models.untranslated.troubleshooters.size : 0;
  return (
    `search index (${language}): ${1 + shards.length + pages.length} files (${shards.length} term shards, ${pages.length} pages` +
    `${untranslated > 0 ? `, ${untranslated} still in English` : ''}), ${(bytes / 1024).toFixed(0)} KiB, revision ${base.revision}, ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`
  );
}

/**
 * Indexes models the caller has already loaded (prebuild: those the content check read), the
 * English and each translation language's (language-content.server.ts), and writes the files;
 * returns the lines the build prints about them.
 */
export function writeSearchIndexOf(models: ValidatedContent, translations: readonly LanguageContent[] = []): string {
  rmSync(path.join(publicDir, 'search-index'), { recursive: true, force: true });
  return [writeLanguageIndex(models), ...translations.map(writeLanguageIndex)].join('\n');
}
