import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFiles, slugOfFile } from './article-files.server';
import type { ArticleFrontmatter } from './article-schema';
import { compileArticleBodyCached } from './compile-cache.server';
import { contentDir } from './content-dir.server';
import { onceInProduction } from './content-memo.server';
import { splitArticleSource } from './frontmatter';
import { ContentError } from './problem';
import type { Anchor, ProcedureRegistryChange } from './remark-anchors';
import type { SectionText } from './remark-section-text';

/** What list views need: no compiled code travels with it. */
export interface ArticleSummary extends ArticleFrontmatter {
  slug: string;
  /** Path of the source relative to the project, for "Edit this page" and error messages. */
  sourcePath: string;
}

/** One article ready to render. */
export interface Article extends ArticleSummary {
  code: string;
  anchors: Anchor[];
  /** Registry changes with an undo, by procedure: the source of the downloadable .reg files. */
  registryChanges: ProcedureRegistryChange[];
  /** Readable text under each anchor: what the search index is built from. */
  sections: SectionText[];
}

function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function readArticleSource(file: string): { summary: ArticleSummary; body: string } {
  const sourcePath = displayPath(file);
  const split = splitArticleSource(readFileSync(file, 'utf8'), sourcePath);
  if (!split.ok) throw new ContentError(split.problems);
  return { summary: { ...split.frontmatter, slug: slugOfFile(file), sourcePath }, body: split.body };
}

/** Every article's frontmatter, newest first; fails loudly on invalid content (the build must not ship it). */
export function listArticles(root = contentDir()): ArticleSummary[] {
  return onceInProduction(`articles:${root}`, () =>
    articleFiles(root)
      .map((file) => readArticleSource(file).summary)
      .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title)),
  );
}

function fileOfSlug(slug: string, root: string): string | undefined {
  return articleFiles(root).find((file) => slugOfFile(file) === slug);
}

/** One article, compiled; undefined when no such slug exists. */
export async function getArticle(slug: string, root = contentDir()): Promise<Article | undefined> {
  const file = fileOfSlug(slug, root);
  if (!file) return undefined;
  const { summary, body } = readArticleSource(file);
  const { code, outline } = await compileArticleBodyCached(body, { slug });
  return { ...summary, code, anchors: outline.anchors, registryChanges: outline.registryChanges, sections: outline.sections };
}

/** Just one procedure of an article, compiled from the same source the article page uses. */
export async function getArticleProcedure(slug: string, procedureId: string, root = contentDir()) {
  const file = fileOfSlug(slug, root);
  if (!file) return undefined;
  const { summary, body } = readArticleSource(file);
  const { code, outline } = await compileArticleBodyCached(body, { slug, onlyProcedure: procedureId });
  const procedure = outline.anchors.find((anchor) => anchor.kind === 'procedure' && anchor.id === procedureId);
  return procedure ? { article: summary, procedure, code } : undefined;
}
