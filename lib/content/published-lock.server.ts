import 'server-only';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { slugSchema } from './article-schema';
import type { ContentProblem } from './problem';

/**
 * The published lock (`content/published.json`): every article slug and anchor id readers may have
 * linked to. Links pasted into tickets and wiki pages outlive any edit, so the check refuses to
 * lose one silently: a locked anchor must stay an id or an alias, a locked slug an article or a
 * `redirectFrom`. `--update-published` adds what is new and never drops; unpublishing is a
 * deliberate hand edit of the file.
 */
export const PUBLISHED_LOCK_FILE = 'published.json';

const lockSchema = z.strictObject({ articles: z.record(slugSchema, z.array(z.string())) });

/** The lock's content: article slug → its published anchor ids. */
export type PublishedLock = z.infer<typeof lockSchema>;

/** What the lock is checked against: one article as the check read it. */
export interface PublishedArticle {
  slug: string;
  file: string;
  /** Ids of its headings, procedures and steps. */
  ids: readonly string[];
  /** The same and their aliases: everything a link may name. */
  reachable: ReadonlySet<string>;
}

/** The lock file, or an empty lock when there is none yet (a new site, a test fixture). */
export function readPublishedLock(root: string, shown: string): { lock: PublishedLock; text: string; problems: ContentProblem[] } {
  let text: string;
  try {
    text = readFileSync(path.join(root, PUBLISHED_LOCK_FILE), 'utf8');
  } catch {
    return { lock: { articles: {} }, text: '', problems: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { lock: { articles: {} }, text, problems: [{ file: shown, line: 1, message: `not valid JSON (${(error as Error).message}); restore it from git` }] };
  }
  const parsed = lockSchema.safeParse(json);
  if (parsed.success) return { lock: parsed.data, text, problems: [] };
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'file'}: ${issue.message}`).join('; ');
  return { lock: { articles: {} }, text, problems: [{ file: shown, line: 1, message: `expected {"articles": {"<slug>": ["anchor", …]}}: ${issues}` }] };
}

/**
 * What the content has lost that the lock says is published. `fileSlugs` are the slugs of every
 * article file, read or not: an article with a syntax error is reported for that, not as gone.
 */
export function publishedLockProblems(
  lock: PublishedLock,
  lockText: string,
  shown: string,
  articles: readonly PublishedArticle[],
  fileSlugs: ReadonlySet<string>,
  /** Whether an article lists the slug in redirectFrom; true when that cannot be known yet. */
  isRedirected: (slug: string) => boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  for (const [slug, anchors] of Object.entries(lock.articles)) {
    if (!fileSlugs.has(slug)) {
      if (!isRedirected(slug)) {
        problems.push({
          file: shown,
          line: lineOfSlug(lockText, slug),
          message: `article "${slug}" is published but has no article file and no article lists it in redirectFrom: add redirectFrom: [${slug}] to the article that replaced it`,
        });
      }
      continue;
    }
    const article = bySlug.get(slug);
    if (!article) continue;
    for (const anchor of anchors) {
      if (article.reachable.has(anchor)) continue;
      problems.push({
        file: article.file,
        line: 1,
        message: `published anchor "${anchor}" (${shown}) is neither an id nor an alias here: keep it as an alias of the element that replaced it ({#new-id aliases=${anchor}} on a heading, aliases="${anchor}" on <Steps> or <Step>)`,
      });
    }
  }
  return problems;
}

/** The lock with every article's slug and ids added; nothing is ever dropped. */
export function withNewlyPublished(lock: PublishedLock, articles: readonly PublishedArticle[]): PublishedLock {
  const merged = new Map(Object.entries(lock.articles).map(([slug, anchors]) => [slug, new Set(anchors)]));
  for (const article of articles) {
    const anchors = merged.get(article.slug) ?? new Set<string>();
    for (const id of article.ids) anchors.add(id);
    merged.set(article.slug, anchors);
  }
  const sortedSlugs = [...merged.keys()].sort();
  return { articles: Object.fromEntries(sortedSlugs.map((slug) => [slug, [...(merged.get(slug) ?? [])].sort()])) };
}

/** Writes the lock one anchor a line, so a review sees exactly what was published. */
export function writePublishedLock(root: string, lock: PublishedLock): string {
  const text = `${JSON.stringify(lock, null, 2)}\n`;
  writeFileSync(path.join(root, PUBLISHED_LOCK_FILE), text);
  return text;
}

function lineOfSlug(text: string, slug: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(`"${slug}"`));
  return index === -1 ? 1 : index + 1;
}
