import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_LANGUAGE, TRANSLATION_LANGUAGE_IDS, isTranslationLanguage, type TranslationLanguage } from '@/lib/i18n/languages';
import { translateTree } from '@/lib/i18n/tree-translation';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { articleTranslationFrontmatterSchema } from '@/lib/i18n/translation-schema';
import type { WizardTree } from '@/lib/wizard/schema';
import { articleFileOfSlug } from './article-files.server';
import type { FixProcedure } from '@/lib/wizard/fix-procedure';
import { getArticle, getArticleProcedure, getFixProcedure, type Article, type ArticleSummary } from './articles.server';
import { compileArticleBodyCached, outlineArticleBodyCached } from './compile-cache.server';
import { onceInProduction } from './content-memo.server';
import { contentDir } from './content-dir.server';
import { splitMdxSource } from './frontmatter';
import { listTranslationFiles, parseTreeTranslation, revisionOfFile, type TranslationFile } from './translations.server';
import { findWizardStep, getWizard, listWizards, type WizardStep } from './wizards.server';

/**
 * What a page in a language shows of its content:
 * - `source`: the English page itself;
 * - `translated`: a translation of the English as it is now;
 * - `stale`: a translation of an older English text (the page says it may be out of date);
 * - `missing`: no translation yet, so the English content under the language's interface.
 */
export type TranslationState = 'source' | 'translated' | 'stale' | 'missing';

export interface Localized<T> {
  content: T;
  state: TranslationState;
}

/** Every registered translation file by kind, source and language: listed once per server. */
function translationFileOf(kind: TranslationFile['kind'], source: string, language: TranslationLanguage, root: string): TranslationFile | undefined {
  const index = onceInProduction(`translation-files:${root}`, () => {
    const files = new Map<string, TranslationFile>();
    for (const file of listTranslationFiles(root)) if (file.registered) files.set(`${file.kind}:${file.source}:${file.language}`, file);
    return files;
  });
  return index.get(`${kind}:${source}:${language}`);
}

/** A troubleshooter in `language` (its English words where it has no translation); undefined for an unknown id. */
export function getLocalizedWizard(id: string, language: SiteLanguage, root = contentDir()): Localized<WizardTree> | undefined {
  const tree = getWizard(id, root);
  if (!tree) return undefined;
  if (language === SOURCE_LANGUAGE) return { content: tree, state: 'source' };
  // The test-only pseudo-language has no content: its pages show the English, marked as such.
  if (!isTranslationLanguage(language)) return { content: tree, state: 'missing' };
  return onceInProduction(`localized-tree:${root}:${id}:${language}`, () => {
    const file = translationFileOf('tree', id, language, root);
    const parsed = file ? parseTreeTranslation(readFileSync(file.file, 'utf8'), file.file) : undefined;
    if (!file || !parsed?.ok) return { content: tree, state: 'missing' as const };
    const stale = parsed.translation.translationOf !== revisionOfFile(file.sourceFile);
    return { content: translateTree(tree, parsed.translation), state: stale ? ('stale' as const) : ('translated' as const) };
  });
}

/** Every troubleshooter in `language`, as lists show them (the English words of those it has no translation of). */
export function listLocalizedWizards(language: SiteLanguage, root = contentDir()): Localized<WizardTree>[] {
  return listWizards(root).map((tree) => getLocalizedWizard(tree.id, language, root) ?? { content: tree, state: 'missing' });
}

/**
 * The `lang` of content shown in a state: English words (no translation yet) on a page in another
 * language say they are English, so a screen reader says them so and a translation tool leaves the
 * page's other words alone; otherwise the content is in the page's language and inherits it.
 */
export function contentLangOf(state: TranslationState): typeof SOURCE_LANGUAGE | undefined {
  return state === 'missing' ? SOURCE_LANGUAGE : undefined;
}

/** An article in `language`, compiled (the English one where it has no translation); undefined for an unknown slug. */
export async function getLocalizedArticle(slug: string, language: SiteLanguage, root = contentDir()): Promise<Localized<Article> | undefined> {
  const article = await getArticle(slug, root);
  if (!article) return undefined;
  if (language === SOURCE_LANGUAGE) return { content: article, state: 'source' };
  if (!isTranslationLanguage(language)) return { content: article, state: 'missing' };
  const file = translationFileOf('article', slug, language, root);
  if (!file) return { content: article, state: 'missing' };
  const split = splitMdxSource(readFileSync(file.file, 'utf8'), file.file, articleTranslationFrontmatterSchema, undefined, 'failsafe');
  if (!split.ok) return { content: article, state: 'missing' };
  const { frontmatter, body } = split;
  const { code, outline } = await compileArticleBodyCached(body, { slug });
  const englishFile = articleFileOfSlug(slug, root);
  const stale = englishFile !== undefined && frontmatter.translationOf !== revisionOfFile(englishFile);
  return {
    state: stale ? 'stale' : 'translated',
    content: {
      ...article,
      title: frontmatter.title,
      summary: frontmatter.summary,
      symptoms: frontmatter.symptoms,
      appliesTo: frontmatter.appliesTo,
      corrections: frontmatter.corrections ?? article.corrections,
      // "Edit this page" edits the translation.
      sourcePath: path.relative(process.cwd(), file.file) || file.file,
      code,
      anchors: outline.anchors,
      registryChanges: outline.registryChanges,
      sections: outline.sections,
    },
  };
}

/**
 * Whether a page in `language` of this article or tree has its own words: always in English, and in
 * another language where a translation exists (stale ones too). The build prerenders only such
 * pages: an untranslated German page is the English one under a notice, rendered on its first
 * request like an older article, so a few translations never cost the build a second site.
 */
export function hasOwnWords(kind: TranslationFile['kind'], id: string, language: SiteLanguage, root = contentDir()): boolean {
  return language === SOURCE_LANGUAGE || (isTranslationLanguage(language) && translationFileOf(kind, id, language, root) !== undefined);
}

/** The languages `slug` can be read in as itself (English and every translation, stale ones too): for hreflang. */
export function articleLanguages(slug: string, root = contentDir()): SiteLanguage[] {
  return [SOURCE_LANGUAGE, ...TRANSLATION_LANGUAGE_IDS.filter((language) => translationFileOf('article', slug, language, root) !== undefined)];
}

/** The languages troubleshooter `id` is translated into, English first: for hreflang. */
export function treeLanguages(id: string, root = contentDir()): SiteLanguage[] {
  return [SOURCE_LANGUAGE, ...TRANSLATION_LANGUAGE_IDS.filter((language) => translationFileOf('tree', id, language, root) !== undefined)];
}

/** A live step of a troubleshooter in `language`, as a step page shows it; undefined for an unknown tree or step. */
export function findLocalizedStep(treeId: string, stepId: string, language: SiteLanguage): (WizardStep & { language: SiteLanguage; untranslated: boolean }) | undefined {
  const english = findWizardStep(treeId, stepId);
  const localized = english ? getLocalizedWizard(treeId, language) : undefined;
  const node = localized?.content.nodes.find((candidate) => candidate.id === english?.node.id);
  // `untranslated`: the tree's words are the English ones on a page in another language (marked lang="en").
  return localized && node ? { tree: localized.content, node, language, untranslated: localized.state === 'missing' } : undefined;
}

/**
 * One procedure of an article in `language`, compiled from the translation when there is one (a
 * troubleshooter's outcome shows it), else from the English article. A translation of an older
 * English text is still shown, as on its article page, with the state `stale` so the outcome says so.
 */
export async function getLocalizedArticleProcedure(slug: string, procedureId: string, language: SiteLanguage, root = contentDir()) {
  const english = await getArticleProcedure(slug, procedureId, root);
  if (!english || language === SOURCE_LANGUAGE) return english && { ...english, state: 'source' as TranslationState };
  if (!isTranslationLanguage(language)) return { ...english, state: 'missing' as TranslationState };
  const file = translationFileOf('article', slug, language, root);
  const split = file ? splitMdxSource(readFileSync(file.file, 'utf8'), file.file, articleTranslationFrontmatterSchema, undefined, 'failsafe') : undefined;
  if (!file || !split?.ok) return { ...english, state: 'missing' as TranslationState };
  const { code, outline } = await compileArticleBodyCached(split.body, { slug, onlyProcedure: procedureId });
  const procedure = outline.anchors.find((anchor) => anchor.kind === 'procedure' && anchor.id === procedureId);
  if (!procedure) return { ...english, state: 'missing' as TranslationState };
  const stale = split.frontmatter.translationOf !== revisionOfFile(file.sourceFile);
  return { article: { ...english.article, title: split.frontmatter.title }, procedure, code, state: (stale ? 'stale' : 'translated') as TranslationState };
}

/**
 * One procedure's steps as plain data for a ticket in `language` (the file at `fixStepsPath`): the
 * translation's when it translates the English as it is now; else the English steps, saying why
 * (`fallback`). A stale translation's steps are not used here, unlike on its page, which says it may
 * be out of date: a ticket is pasted and followed later without that notice, so it carries the
 * steps that are current. Undefined when the article or procedure does not exist.
 */
export async function getLocalizedFixProcedure(slug: string, procedureId: string, language: SiteLanguage, root = contentDir()): Promise<FixProcedure | undefined> {
  const english = await getFixProcedure(slug, procedureId, root);
  if (!english || language === SOURCE_LANGUAGE || !isTranslationLanguage(language)) return english;
  const inEnglish = (fallback: 'missing' | 'stale'): FixProcedure => ({ ...english, language: SOURCE_LANGUAGE, fallback });
  const file = translationFileOf('article', slug, language, root);
  const split = file ? splitMdxSource(readFileSync(file.file, 'utf8'), file.file, articleTranslationFrontmatterSchema, undefined, 'failsafe') : undefined;
  if (!file || !split?.ok) return inEnglish('missing');
  if (split.frontmatter.translationOf !== revisionOfFile(file.sourceFile)) return inEnglish('stale');
  const outline = await outlineArticleBodyCached(split.body, { slug });
  const procedure = outline.procedures.find((candidate) => candidate.id === procedureId);
  if (!procedure) return inEnglish('missing');
  return { article: { slug, title: split.frontmatter.title }, ...procedure, language };
}

/**
 * Article summaries as a list shows them in `language`: the translation's title, summary, symptoms
 * and appliesTo where the article is translated (stale or not), the English ones elsewhere.
 */
export function localizeSummaries<T extends ArticleSummary>(articles: readonly T[], language: SiteLanguage, root = contentDir()): T[] {
  if (language === SOURCE_LANGUAGE) return [...articles];
  if (!isTranslationLanguage(language)) return articles.map((article) => ({ ...article, untranslated: true }));
  return articles.map((article) => {
    const words = onceInProduction(`translated-summary:${root}:${article.slug}:${language}`, () => {
      const file = translationFileOf('article', article.slug, language, root);
      const split = file ? splitMdxSource(readFileSync(file.file, 'utf8'), file.file, articleTranslationFrontmatterSchema, undefined, 'failsafe') : undefined;
      return split?.ok ? split.frontmatter : undefined;
    });
    return words ? { ...article, title: words.title, summary: words.summary, symptoms: words.symptoms, appliesTo: words.appliesTo } : { ...article, untranslated: true };
  });
}
