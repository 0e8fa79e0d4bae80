import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFileOfSlug, articleFiles, slugOfFile } from './article-files.server';
import { articleRedirects } from './article-redirects';
import type { ArticleFrontmatter } from './article-schema';
import { contentDir } from './content-dir.server';
import { onceInProduction } from './content-memo.server';
import { splitArticleSource } from './frontmatter';
import { checkedFrontmatter, type CheckedMemo } from './checked-cache.server';
import { ContentError } from './problem';

/**
 * Articles as lists need them: frontmatter only, never the MDX compiler, so the request proxy can
 * check browse URLs against it cheaply.
 */

/** What list views need: no compiled code travels with it. */
export interface ArticleSummary extends ArticleFrontmatter {
  slug: string;
  /** Path of the source relative to the project, for "Edit this page" and error messages. */
  sourcePath: string;
  /** Set by localizeSummaries: the words are the English ones in a list in another language. */
  untranslated?: boolean;
}

function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/**
 * An article's frontmatter and MDX body; throws a ContentError naming the file when it is invalid.
 * `memo` is the content check's cache of headers: loaded whole for lists, only used by single
 * reads once loaded (see readerOnceLoaded).
 */
export function readArticleSource(file: string, memo: CheckedMemo<ArticleFrontmatter> = checkedFrontmatter.reader): { summary: ArticleSummary; body: string } {
  const sourcePath = displayPath(file);
  const split = splitArticleSource(readFileSync(file, 'utf8'), sourcePath, memo);
  if (!split.ok) throw new ContentError(split.problems);
  return { summary: { ...split.frontmatter, slug: slugOfFile(file), sourcePath }, body: split.body };
}

/** The order articles are listed in: newest first, then by title. */
export function newestFirst(a: { updated: string; title: string }, b: { updated: string; title: string }): number {
  return b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title);
}

/** Every article's frontmatter, newest first; fails loudly on invalid content (the build must not ship it). */
export function listArticles(root = contentDir()): ArticleSummary[] {
  return onceInProduction(`articles:${root}`, () =>
    articleFiles(root)
      .map((file) => readArticleSource(file).summary)
      .sort(newestFirst),
  );
}

/**
 * The summaries of the articles with these slugs (unknown ones left out), newest first, as
 * listArticles orders them: an article's related list reads its few files instead of every
 * article's. Listing 10,000 articles for the two or three a page shows made the first render of an
 * article on a fresh server grow with the whole site (issue 26).
 */
export function articleSummaries(slugs: readonly string[], root = contentDir()): ArticleSummary[] {
  return [...new Set(slugs)]
    .flatMap((slug) => {
      const file = articleFileOfSlug(slug, root);
      return file ? [readArticleSource(file, checkedFrontmatter.readerOnceLoaded).summary] : [];
    })
    .sort(newestFirst);
}

/**
 * The slug of the article that replaced `oldSlug` (listed in its `redirectFrom`), if any: from
 * frontmatter alone, so the request proxy can answer an old link without the MDX compiler.
 */
export function replacementOfSlug(oldSlug: string, root = contentDir()): string | undefined {
  return onceInProduction(`article-redirects:${root}`, () => articleRedirects(listArticles(root))).get(oldSlug);
}
