import 'server-only';
import { readFileSync } from 'node:fs';
import { TRANSLATION_LANGUAGE_IDS, type TranslationLanguage } from '@/lib/i18n/languages';
import { articleTranslationFrontmatterSchema } from '@/lib/i18n/translation-schema';
import { translateTree } from '@/lib/i18n/tree-translation';
import { outlineArticleBodyCached } from './compile-cache.server';
import { contentDir } from './content-dir.server';
import { splitMdxSource } from './frontmatter';
import { listTranslationFiles, parseTreeTranslation } from './translations.server';
import type { LanguageContent, OutlinedArticle, ValidatedContent } from './validated-content';

/**
 * The translated content of a folder in one translation language, for that language's search
 * index: the articles and trees that have a valid translation, in their translation, in the English
 * order. The rest is left out: the language's search finds it in the English index (query.ts
 * searchWithFallback), so a site with a few translations builds a few pages' index, not a second
 * site's. Structure (slugs, products, ids) is always the English content's.
 */
export async function languageContentOf(english: ValidatedContent, language: TranslationLanguage, root = contentDir()): Promise<LanguageContent> {
  const files = listTranslationFiles(root).filter((file) => file.registered && file.language === language);
  const articleFiles = new Map(files.filter((file) => file.kind === 'article').map((file) => [file.source, file.file]));
  const treeFiles = new Map(files.filter((file) => file.kind === 'tree').map((file) => [file.source, file.file]));

  const translated = await Promise.all(
    english.articles.map(async (article) => {
      const file = articleFiles.get(article.slug);
      return file === undefined ? undefined : translatedOutline(article, file);
    }),
  );
  const articles = translated.filter((article) => article !== undefined);
  const troubleshooters = english.troubleshooters.flatMap((tree) => {
    const file = treeFiles.get(tree.id);
    const parsed = file === undefined ? undefined : parseTreeTranslation(readFileSync(file, 'utf8'), file);
    return parsed?.ok ? [translateTree(tree, parsed.translation)] : [];
  });
  return { language, articles, troubleshooters };
}

/** Every translation language's content, in registry order. */
export function translatedContentsOf(english: ValidatedContent, root = contentDir()): Promise<LanguageContent[]> {
  return Promise.all(TRANSLATION_LANGUAGE_IDS.map((language) => languageContentOf(english, language, root)));
}

/** An article's translated header and outline; undefined when the file does not parse (the content check reports why; search then finds the English). */
async function translatedOutline(english: OutlinedArticle, file: string): Promise<OutlinedArticle | undefined> {
  const split = splitMdxSource(readFileSync(file, 'utf8'), file, articleTranslationFrontmatterSchema, undefined, 'failsafe');
  if (!split.ok) return undefined;
  try {
    // The same outline pass as the English, so a translated section keeps its English anchor id.
    const outline = await outlineArticleBodyCached(split.body, { slug: english.slug });
    const { title, summary, symptoms } = split.frontmatter;
    // Not a spread of the English: the check's reads its sections from the cache on use (check.server.ts), and they are not needed.
    return { slug: english.slug, products: english.products, title, summary, symptoms, anchors: outline.anchors, sections: outline.sections };
  } catch {
    // A body the MDX parser refuses: the content check names its line; search finds the English.
    return undefined;
  }
}
