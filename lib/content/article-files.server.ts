import { readdirSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-dir.server';
import { onceInProduction } from './content-memo.server';

/**
 * Where articles live and what their slugs are, from file names alone: cheap enough for the request
 * proxy, which must not load the MDX compiler.
 */
const ARTICLE_EXTENSION = '.mdx';

/** Source files of every article, sorted so every build lists them in the same order. */
export function articleFiles(root = contentDir()): string[] {
  const dir = path.join(root, 'articles');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith(ARTICLE_EXTENSION)).sort().map((name) => path.join(dir, name));
}

export function slugOfFile(file: string): string {
  return path.basename(file, ARTICLE_EXTENSION);
}

/** Whether an article has this slug; the folder is listed once per production process. */
export function isArticleSlug(slug: string, root = contentDir()): boolean {
  return onceInProduction(`article-slugs:${root}`, () => new Set(articleFiles(root).map(slugOfFile))).has(slug);
}
