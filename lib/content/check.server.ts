import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { WizardTree } from '@/lib/wizard/schema';
import type { FixTargetLookup } from '@/lib/wizard/validate-browsers';
import { slugSchema, type ArticleFrontmatter } from './article-schema';
import { articleFiles, slugOfFile } from './article-files.server';
import { newestFirst } from './article-list.server';
import { getArticleProcedure } from './articles.server';
import { checkedFrontmatter, checkedTrees, type CheckedMemo } from './checked-cache.server';
import { cachedOutlineSections, checkedOutlineCached, inThisThread, outlineArticleBodyCached, type ArticleCompiler, type ArticlePasses } from './compile-cache.server';
import { frontmatterLines, splitArticleSource } from './frontmatter';
import { mapInFlight } from './map-in-flight';
import { MdxSyntaxError } from './mdx-syntax-error';
import type { ContentProblem } from './problem';
import { brokenLinkMessage, type SiteIndex } from './internal-links';
import { redirectProblems } from './article-redirects';
import { publishedLockProblems, readPublishedLock, withNewlyPublished, writePublishedLock, PUBLISHED_LOCK_FILE } from './published-lock.server';
import type { Anchor, InternalLink } from './remark-anchors';
import { checkWizards } from './wizards-check.server';
import { checkTranslations } from './translations-check.server';
import { isListedSource } from './cited-sources';
import { UnreadableSections, type OutlinedArticle, type ValidatedContent } from './validated-content';

interface CheckedArticle {
  slug: string;
  file: string;
  /** The outline handed on (to the search index), so a build that checks first does not read every article again. */
  outlined: OutlinedArticle & { updated: string };
  anchors: Anchor[];
  links: InternalLink[];
  related: string[];
  wizard?: string;
  relatedLine: number;
  redirectFrom: string[];
  redirectLine: number;
  /** The https links of its Sources section: what an outcome's fix.source must be one of. */
  sourceLinks: string[];
  /** What its translations must translate, one for one. */
  corrections: ArticleFrontmatter['corrections'];
}

/** How the check treats the published lock (content/published.json). */
export interface ContentCheckOptions {
  /** Add every article's slug and anchor ids to the lock before checking it (`--update-published`). */
  updatePublished?: boolean;
}

/**
 * The check's verdict, and on a valid folder what it read: the search index's input. Warnings
 * (stale translations) never fail it; they are listed after the problems.
 */
export type ContentCheck =
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] }
  | { ok: true; problems: []; warnings: ContentProblem[]; content: ValidatedContent };

/**
 * Checks a whole content folder and returns every problem at once, in file and line order, so an
 * author fixes them in one pass rather than one build failure at a time.
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  return (await checkContentFolder(root)).problems;
}

/**
 * checkContent, keeping what was read: prebuild indexes a valid folder without reading it twice.
 * `passes` run what the compile cache lacks; prebuild passes a pool that uses every core.
 */
export async function checkContentFolder(root: string, passes: ArticlePasses = inThisThread, options: ContentCheckOptions = {}): Promise<ContentCheck> {
  const problems: ContentProblem[] = [];
  const display = (file: string) => path.relative(process.cwd(), file) || file;

  problems.push(...strayArticleFiles(root, display));

  const frontmatter = checkedFrontmatter.recorder();
  const treeMemo = checkedTrees.recorder();
  const slugOwners = new Map<string, string>();
  const toCheck: { file: string; shown: string; slug: string }[] = [];
  for (const file of articleFiles(root)) {
    const shown = display(file);
    const slug = slugOfFile(file);
    if (!slugSchema.safeParse(slug).success) {
      problems.push({ file: shown, line: 1, message: `file name "${slug}" is not a valid slug: use lower-case words joined by hyphens` });
    }
    const owner = slugOwners.get(slug.toLowerCase());
    if (owner) problems.push({ file: shown, line: 1, message: `duplicate slug "${slug}": ${owner} already uses it` });
    slugOwners.set(slug.toLowerCase(), shown);
    toCheck.push({ file, shown, slug });
  }
  // Enough at once to keep a pool's threads busy with what they cannot run yet; not all, so the
  // sources and bodies waiting for a thread stay few (an article's problems keep their order).
  const read = await mapInFlight(toCheck, ARTICLES_IN_FLIGHT, ({ file, shown, slug }) => checkArticleFile(file, shown, slug, problems, frontmatter, passes));
  const articles = read.filter((article) => article !== undefined);
  // Files that failed their own check: what they hold is unknown, so nothing else is judged by them.
  const uncheckedArticles = new Set(toCheck.filter((_article, index) => read[index] === undefined).map((article) => article.slug));

  // Aliases are anchors to links and the lock: an old link still lands on the renamed element.
  const anchorsBySlug = new Map(articles.map((article) => [article.slug, new Set(article.anchors.flatMap(idsOfAnchor))]));
  problems.push(...redirectProblems(articles, new Set(slugOwners.keys())));
  problems.push(...checkPublishedLock(root, display, articles, anchorsBySlug, new Set(slugOwners.keys()), uncheckedArticles.size > 0, options));
  const citedBySlug = new Map(articles.map((article) => [article.slug, article.sourceLinks]));
  const citesSource = (slug: string, source: string) => {
    const links = citedBySlug.get(slug);
    return links === undefined ? undefined : isListedSource(source, links);
  };
  const wizardCheck = checkWizards(root, anchorsBySlug, { fixTargetOf: fixTargetLookup(articles), citesSource, uncheckedArticles }, display, treeMemo);
  problems.push(...wizardCheck.problems);
  const site: SiteIndex = { anchorsBySlug, stepsByTree: wizardCheck.trees, unchecked: { articles: uncheckedArticles, trees: wizardCheck.unparsed } };
  problems.push(...wizardCheck.linkProblems(site));

  const translations = await checkTranslations({
    root,
    display,
    articles: new Map(articles.map((article) => [article.slug, article])),
    trees: new Map(wizardCheck.troubleshooters.map((tree) => [tree.id, tree])),
    unchecked: { articles: uncheckedArticles, trees: wizardCheck.unparsed },
    site,
    outline: passes.outline,
  });
  problems.push(...translations.problems);
  const warnings = translations.warnings.sort(byFileAndLine);

  for (const article of articles) {
    for (const related of article.related) {
      if (!anchorsBySlug.has(related) && !uncheckedArticles.has(related)) {
        problems.push({ file: article.file, line: article.relatedLine, message: `related article "${related}" does not exist` });
      }
    }
    if (article.wizard && !wizardCheck.trees.has(article.wizard) && !wizardCheck.unparsed.has(article.wizard)) {
      problems.push({ file: article.file, line: article.relatedLine, message: `wizard "${article.wizard}" does not exist in content/wizards` });
    }
    for (const link of article.links) {
      const message = brokenLinkMessage(link.href, site, article.slug);
      if (message) problems.push({ file: article.file, line: link.line, message });
    }
  }

  if (problems.length > 0) {
    return { ok: false, problems: problems.sort(byFileAndLine), warnings };
  }
  await compileOutcomeFixes(wizardCheck.troubleshooters, root, passes.compile);
  frontmatter.save();
  treeMemo.save();
  const outlined = articles.map((article) => article.outlined).sort(newestFirst);
  return { ok: true, problems: [], warnings, content: { articles: outlined, troubleshooters: wizardCheck.troubleshooters } };
}

/**
 * Articles read and outlined at once by the check (see mapInFlight). Started all at once, a cold
 * 10,000-article check held every source and body waiting for a pool thread and spent the difference
 * collecting garbage: 127 s against 119 s with this limit (cold prebuild on the bench's corpus, quiet
 * machine, issue 26).
 */
const ARTICLES_IN_FLIGHT = 64;

function byFileAndLine(a: ContentProblem, b: ContentProblem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

/** What each anchor a tree's fix may name is: a procedure with the browsers its <Steps> declares, or another anchor. */
function fixTargetLookup(articles: readonly CheckedArticle[]): FixTargetLookup {
  // A fix may name a procedure by an old id its article keeps as an alias.
  const bySlug = new Map(articles.map((article) => [article.slug, new Map(article.anchors.flatMap((anchor) => idsOfAnchor(anchor).map((id) => [id, anchor] as const)))]));
  return (slug, id) => {
    const anchor = bySlug.get(slug)?.get(id);
    if (!anchor) return undefined;
    return anchor.kind === 'procedure' ? { kind: 'procedure', browsers: anchor.browsers } : { kind: 'other' };
  };
}

/**
 * Compiles each outcome's fix the way its step shows it (the article's procedure on its own) into the
 * compile cache, so a step rendered on its first request finds it there: 10 ms instead of 80–470 ms,
 * which is what let the troubleshooter's prefetch of the next step arrive after the click (issue 8).
 */
async function compileOutcomeFixes(trees: WizardTree[], root: string, compile: ArticleCompiler): Promise<void> {
  // Outcomes that share a fix hit the compile cache's memory after the first.
  const fixes = trees.flatMap((tree) => tree.nodes.flatMap((node) => (node.type === 'outcome' && node.fix ? [node.fix] : [])));
  await Promise.all(fixes.map((fix) => getArticleProcedure(fix.article, fix.procedure, root, compile)));
}

async function checkArticleFile(
  file: string,
  shown: string,
  slug: string,
  problems: ContentProblem[],
  frontmatter: CheckedMemo<ArticleFrontmatter>,
  passes: ArticlePasses,
): Promise<CheckedArticle | undefined> {
  const source = readFileSync(file, 'utf8');
  const split = splitArticleSource(source, shown, frontmatter);
  if (!split.ok) {
    problems.push(...split.problems);
    return undefined;
  }
  // Read before the outline: the source is not kept while the body waits for a thread.
  const header = frontmatterLines(source).lines;
  try {
    const { outline, key } = await checkedOutlineCached(split.body, { slug }, passes.outline);
    problems.push(...outline.problems.map((problem) => ({ file: shown, ...problem })));
    problems.push(...duplicateAnchors(outline.anchors, shown));
    const { title, summary, symptoms, updated } = split.frontmatter;
    return {
      slug,
      file: shown,
      outlined: outlinedArticle({ slug, title, summary, symptoms, products: split.frontmatter.products, updated, anchors: outline.anchors }, key, file),
      anchors: outline.anchors,
      links: outline.links,
      related: split.frontmatter.related,
      wizard: split.frontmatter.wizard,
      relatedLine: frontmatterLine(header, 'related') ?? frontmatterLine(header, 'wizard') ?? 1,
      redirectFrom: split.frontmatter.redirectFrom,
      redirectLine: frontmatterLine(header, 'redirectFrom') ?? 1,
      sourceLinks: outline.sourceLinks,
      corrections: split.frontmatter.corrections,
    };
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    problems.push({ file: shown, line: error.line, message: error.message });
    return undefined;
  }
}

/**
 * The check's article for the search index, its sections read from the outline cache only when the index
 * asks (a rebuild's index reads them for the one block it must redo; see scripts/search-index-cache.ts),
 * and not kept: holding every article's sections from the check to the index was 80 MB at 10,000 articles.
 */
function outlinedArticle(header: Omit<CheckedArticle['outlined'], 'sections' | 'outlineKey'>, key: string, file: string): CheckedArticle['outlined'] {
  return Object.defineProperties(
    { ...header, outlineKey: key },
    {
      sections: {
        enumerable: true,
        get: (): OutlinedArticle['sections'] => {
          const sections = cachedOutlineSections(key);
          if (sections === undefined) throw new UnreadableSections(header.slug, () => outlineAgain(file, header.slug));
          return sections;
        },
      },
    },
  ) as CheckedArticle['outlined'];
}

/** Outlines an article again, writing its sections anew (their file was missing or unreadable). */
async function outlineAgain(file: string, slug: string): Promise<void> {
  const split = splitArticleSource(readFileSync(file, 'utf8'), file);
  if (split.ok) await outlineArticleBodyCached(split.body, { slug });
}

/** Every id a link to this anchor may use: its own and its aliases. */
function idsOfAnchor(anchor: Anchor): string[] {
  return [anchor.id, ...(anchor.aliases ?? [])];
}

/** An id or alias used twice would send a link to whichever element the browser finds first. */
function duplicateAnchors(anchors: Anchor[], file: string): ContentProblem[] {
  const seen = new Map<string, Anchor>();
  const problems: ContentProblem[] = [];
  for (const anchor of anchors) {
    for (const id of idsOfAnchor(anchor)) {
      const first = seen.get(id);
      if (!first) {
        seen.set(id, anchor);
        continue;
      }
      const what = id === anchor.id ? `${anchor.kind} id` : `alias of ${anchor.kind} "${anchor.id}"`;
      problems.push({ file, line: anchor.line, message: `duplicate ${what} "${id}": line ${first.line} already uses it; give one of them another id` });
    }
  }
  return problems;
}

/**
 * Holds the content to the published lock, first adding what is new when asked to. The lock is read
 * (and written) only here, so a check without `--update-published` never changes the content folder.
 */
function checkPublishedLock(
  root: string,
  display: (file: string) => string,
  articles: CheckedArticle[],
  anchorsBySlug: ReadonlyMap<string, ReadonlySet<string>>,
  fileSlugs: ReadonlySet<string>,
  someUnread: boolean,
  options: ContentCheckOptions,
): ContentProblem[] {
  const shown = display(path.join(root, PUBLISHED_LOCK_FILE));
  const read = readPublishedLock(root, shown);
  if (read.problems.length > 0) return read.problems;
  const published = articles.map((article) => ({
    slug: article.slug,
    file: article.file,
    ids: article.anchors.map((anchor) => anchor.id),
    reachable: anchorsBySlug.get(article.slug) ?? new Set<string>(),
  }));
  let { lock, text } = read;
  if (options.updatePublished) {
    lock = withNewlyPublished(lock, published);
    text = writePublishedLock(root, lock);
  }
  const redirected = new Set(articles.flatMap((article) => article.redirectFrom));
  // An article that could not be read may be the one whose redirectFrom lists a gone slug.
  return publishedLockProblems(lock, text, shown, published, fileSlugs, (slug) => someUnread || redirected.has(slug));
}

/** Files in the articles folder that would silently never be published. */
function strayArticleFiles(root: string, display: (file: string) => string): ContentProblem[] {
  const dir = path.join(root, 'articles');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [{ file: display(dir), line: 1, message: 'no articles folder: create content/articles with at least one .mdx file' }];
  }
  return names
    .filter((name) => /\.(md|markdown|mdown)$/i.test(name))
    .map((name) => ({ file: display(path.join(dir, name)), line: 1, message: 'articles must be .mdx files; rename it to .mdx' }));
}

function frontmatterLine(lines: readonly string[], field: string): number | undefined {
  const index = lines.findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 1;
}
