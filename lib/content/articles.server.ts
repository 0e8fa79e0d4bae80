import 'server-only';
import { articleFileOfSlug, articleFiles, slugOfFile } from './article-files.server';
import { readArticleSource, type ArticleSummary } from './article-list.server';
import { checkedFrontmatter } from './checked-cache.server';
import { compileArticleBodyCached, compileInThisThread, outlineArticleBodyCached, type ArticleCompiler } from './compile-cache.server';
import { contentDir } from './content-dir.server';
import type { Anchor, ProcedureRegistryChange } from './remark-anchors';
import type { SectionText } from './remark-section-text';
import type { FixProcedure } from '@/lib/wizard/fix-procedure';

// List views import these from here, beside the compiled article they summarise.
export { articleSummaries, listArticles, type ArticleSummary } from './article-list.server';

/** One article ready to render. */
export interface Article extends ArticleSummary {
  code: string;
  anchors: Anchor[];
  /** Registry changes with an undo, by procedure: the source of the downloadable .reg files. */
  registryChanges: ProcedureRegistryChange[];
  /** Readable text under each anchor: what the search index is built from. */
  sections: SectionText[];
}

/** The article's summary and body by slug; undefined when no such slug exists. */
function articleSourceOfSlug(slug: string, root: string) {
  const file = articleFileOfSlug(slug, root);
  return file ? readArticleSource(file, checkedFrontmatter.readerOnceLoaded) : undefined;
}

/**
 * Does once, before a server takes requests, what rendering any article does once per process:
 * loading the MDX compiler (mdx-bundler, esbuild's service, remark: hundreds of modules), running
 * it cold, and reading the checked frontmatter. At 10,000 articles the server's first article took
 * about a second more than the next one because of this (issue 26). One article is compiled in
 * memory: its result is neither cached nor written, so a later request compiles it as before.
 * A content folder without articles has nothing to warm.
 */
export async function warmUpArticleRendering(root = contentDir()): Promise<void> {
  const file = articleFiles(root)[0];
  const source = file ? articleSourceOfSlug(slugOfFile(file), root) : undefined;
  if (source) await compileInThisThread(source.body, { slug: source.summary.slug });
}

/** One article, compiled; undefined when no such slug exists. */
export async function getArticle(slug: string, root = contentDir()): Promise<Article | undefined> {
  const source = articleSourceOfSlug(slug, root);
  if (!source) return undefined;
  const { code, outline } = await compileArticleBodyCached(source.body, { slug });
  return { ...source.summary, code, anchors: outline.anchors, registryChanges: outline.registryChanges, sections: outline.sections };
}

/** What search needs of an article (its summary, anchors and their text), from the outline the content check leaves cached: no compile. */
export async function getArticleOutline(slug: string, root = contentDir()): Promise<Omit<Article, 'code' | 'registryChanges'> | undefined> {
  const source = articleSourceOfSlug(slug, root);
  if (!source) return undefined;
  const outline = await outlineArticleBodyCached(source.body, { slug });
  return { ...source.summary, anchors: outline.anchors, sections: outline.sections };
}

/**
 * Just one procedure of an article, compiled from the same source the article page uses. The
 * content check passes its compiler to have every troubleshooter's fixes compiled ahead.
 */
export async function getArticleProcedure(slug: string, procedureId: string, root = contentDir(), compile?: ArticleCompiler) {
  const source = articleSourceOfSlug(slug, root);
  if (!source) return undefined;
  const { code, outline } = await compileArticleBodyCached(source.body, { slug, onlyProcedure: procedureId }, compile);
  const procedure = outline.anchors.find((anchor) => anchor.kind === 'procedure' && anchor.id === procedureId);
  return procedure ? { article: source.summary, procedure, code } : undefined;
}

/**
 * One procedure's steps as plain data (titles, registry values, commands), from the outline the
 * content check leaves cached: no compile. Undefined when the article or procedure does not exist.
 */
export async function getFixProcedure(slug: string, procedureId: string, root = contentDir()): Promise<FixProcedure | undefined> {
  const source = articleSourceOfSlug(slug, root);
  if (!source) return undefined;
  const outline = await outlineArticleBodyCached(source.body, { slug });
  const procedure = outline.procedures.find((candidate) => candidate.id === procedureId);
  return procedure ? { article: { slug, title: source.summary.title }, ...procedure } : undefined;
}
