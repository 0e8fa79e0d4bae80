import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Correction } from '../../lib/content/article-schema';
import { splitAliases } from '../../lib/content/anchor-aliases';
import { splitArticleSource } from '../../lib/content/frontmatter';
import { isTranslationFileName } from '../../lib/i18n/translation-files';

/** What the content declares that a reader of old links and corrected advice relies on. */
export interface ArticleDeclarations {
  slug: string;
  redirectFrom: string[];
  corrections: Correction[];
  /** Old id → the id of the element it is an alias of. */
  aliases: { alias: string; of: string }[];
}

/** The content folder the server under test was built from. */
export const contentRoot = path.resolve(process.env.CONTENT_DIR ?? 'content');

const HEADING_ALIASES = /\{#([a-z0-9-]+)\s+aliases=([^}]*)\}\s*$/;
const ELEMENT_WITH_ALIASES = /<(?:Steps|Step)\b[^>]*?\bid="([^"]+)"[^>]*?\baliases="([^"]*)"|<(?:Steps|Step)\b[^>]*?\baliases="([^"]*)"[^>]*?\bid="([^"]+)"/;

/**
 * Every article's redirects, corrections and aliases, read from the source as the site reads it, so
 * the spec follows whatever the content declares. Aliases are read from lines (a `<Step>` without
 * an explicit id has no id to land on and is not listed), which is all the spec needs.
 */
export function articleDeclarations(): ArticleDeclarations[] {
  const dir = path.join(contentRoot, 'articles');
  return readdirSync(dir)
    // Translations (`<slug>.de.mdx`) declare nothing of their own: their English source does.
    .filter((name) => name.endsWith('.mdx') && !isTranslationFileName(name))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      const split = splitArticleSource(readFileSync(file, 'utf8'), file);
      if (!split.ok) throw new Error(`${file} does not parse: run npm run content:check`);
      const aliases = split.body.split('\n').flatMap((line) => {
        const heading = HEADING_ALIASES.exec(line);
        if (heading?.[1]) return splitAliases(heading[2]).map((alias) => ({ alias, of: heading[1]! }));
        const element = ELEMENT_WITH_ALIASES.exec(line);
        const id = element?.[1] ?? element?.[4];
        return id ? splitAliases(element?.[2] ?? element?.[3]).map((alias) => ({ alias, of: id })) : [];
      });
      return { slug: name.replace(/\.mdx$/, ''), redirectFrom: split.frontmatter.redirectFrom, corrections: split.frontmatter.corrections, aliases };
    });
}

/** The published lock: slug → anchors readers may have linked to. */
export function publishedLock(): Record<string, string[]> {
  const lock = JSON.parse(readFileSync(path.join(contentRoot, 'published.json'), 'utf8')) as { articles: Record<string, string[]> };
  return lock.articles;
}
