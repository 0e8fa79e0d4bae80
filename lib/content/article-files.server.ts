import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isTranslationFileName } from '@/lib/i18n/translation-files';
import { slugSchema } from './article-schema';
import { contentDir, contentFolderFiles } from './content-dir.server';
import { onceInProduction } from './content-memo.server';

/**
 * Where articles live and what their slugs are, from file names alone: cheap enough for the request
 * proxy, which must not load the MDX compiler.
 */
const ARTICLE_EXTENSION = '.mdx';
const ARTICLE_FOLDER = 'articles';

/** Source files of every (English) article, sorted; translations beside them (`<slug>.de.mdx`) are not articles. */
export function articleFiles(root = contentDir()): string[] {
  return contentFolderFiles(root, ARTICLE_FOLDER, (name) => name.endsWith(ARTICLE_EXTENSION) && !isTranslationFileName(name));
}

/** Every file in the articles folder with a language suffix, sorted: the translations, and names that only look like one. */
export function articleTranslationFiles(root = contentDir()): string[] {
  return contentFolderFiles(root, ARTICLE_FOLDER, (name) => name.endsWith(ARTICLE_EXTENSION) && isTranslationFileName(name));
}

/**
 * The source file of the article with this slug, found without listing the folder: the search index
 * looks up every article, and listing 1,000 files per lookup took most of its time. Only a valid
 * slug can name a file here (the content check refuses other file names), so a slug from a URL
 * never reaches outside the folder.
 */
export function articleFileOfSlug(slug: string, root = contentDir()): string | undefined {
  if (!slugSchema.safeParse(slug).success) return undefined;
  const file = path.join(root, ARTICLE_FOLDER, `${slug}${ARTICLE_EXTENSION}`);
  return existsSync(file) ? file : undefined;
}

export function slugOfFile(file: string): string {
  return path.basename(file, ARTICLE_EXTENSION);
}

/** Whether an article has this slug; the folder is listed once per production process. */
export function isArticleSlug(slug: string, root = contentDir()): boolean {
  return onceInProduction(`article-slugs:${root}`, () => new Set(articleFiles(root).map(slugOfFile))).has(slug);
}
