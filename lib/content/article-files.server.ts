import path from 'node:path';
import { contentDir, contentFolderFiles } from './content-dir.server';
import { onceInProduction } from './content-memo.server';

/**
 * Where articles live and what their slugs are, from file names alone: cheap enough for the request
 * proxy, which must not load the MDX compiler.
 */
const ARTICLE_EXTENSION = '.mdx';

/** Source files of every article, sorted. */
export function articleFiles(root = contentDir()): string[] {
  return contentFolderFiles(root, 'articles', (name) => name.endsWith(ARTICLE_EXTENSION));
}

export function slugOfFile(file: string): string {
  return path.basename(file, ARTICLE_EXTENSION);
}

/** Whether an article has this slug; the folder is listed once per production process. */
export function isArticleSlug(slug: string, root = contentDir()): boolean {
  return onceInProduction(`article-slugs:${root}`, () => new Set(articleFiles(root).map(slugOfFile))).has(slug);
}
