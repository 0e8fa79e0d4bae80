import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { bodyShapeProblems, correctionProblems, type BodyShape } from '@/lib/i18n/article-translation';
import { TRANSLATION_LANGUAGE_IDS } from '@/lib/i18n/languages';
import { sourceRevision } from '@/lib/i18n/revision';
import { articleTranslationFrontmatterSchema } from '@/lib/i18n/translation-schema';
import { treeTranslationProblems, type TranslationProblem } from '@/lib/i18n/tree-translation';
import type { WizardTree } from '@/lib/wizard/schema';
import type { Correction } from './article-schema';
import { bodyDataCached, outlineArticleBodyCached, type ArticleOutliner } from './compile-cache.server';
import { splitArticleSource, splitMdxSource } from './frontmatter';
import { brokenLinkMessage, type SiteIndex } from './internal-links';
import { MdxSyntaxError } from './mdx-syntax-error';
import type { ContentProblem } from './problem';
import type { Anchor } from './remark-anchors';
import { listTranslationFiles, parseTreeTranslation, type TranslationFile } from './translations.server';

/** What the English check learnt of one article that its translations are held to. */
export interface CheckedSource {
  anchors: readonly Anchor[];
  sourceLinks: readonly string[];
  corrections: readonly Correction[];
}

/** The English content the translations are checked against, as the folder's check read it. */
export interface TranslationCheckInput {
  root: string;
  display: (file: string) => string;
  articles: ReadonlyMap<string, CheckedSource>;
  trees: ReadonlyMap<string, WizardTree>;
  /** Sources whose file exists but failed its own check: their translations wait until they pass. */
  unchecked: { articles: ReadonlySet<string>; trees: ReadonlySet<string> };
  site: SiteIndex;
  outline?: ArticleOutliner;
}

/** Problems fail the check; warnings (stale translations) are listed after them and do not. */
export interface TranslationCheck {
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * Checks every translation in the folder against its English source: a registered language, a
 * source that exists, valid fields, the same ids, components, data and code, and whether it
 * translates the source's current revision (a warning when not: the English moved on).
 */
export async function checkTranslations(input: TranslationCheckInput): Promise<TranslationCheck> {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  await Promise.all(
    listTranslationFiles(input.root).map(async (entry) => {
      const file = input.display(entry.file);
      const found = entry.kind === 'article' ? await checkArticleTranslation(entry, file, input) : checkTreeTranslation(entry, file, input);
      problems.push(...found.problems);
      warnings.push(...found.warnings);
    }),
  );
  return { problems, warnings };
}

const NONE: TranslationCheck = { problems: [], warnings: [] };

/** The problems every translation shares: its language and its source; undefined when it can be read on. */
function fileProblems(entry: TranslationFile, file: string, input: TranslationCheckInput): TranslationCheck | undefined {
  if (!entry.registered) {
    return { problems: [{ file, line: 1, message: `"${entry.language}" is not a registered language: translations are named <${entry.kind === 'article' ? 'slug' : 'tree'}>.<language>, with a language of lib/i18n/languages.ts (${TRANSLATION_LANGUAGE_IDS.join(', ')})` }], warnings: [] };
  }
  if (!existsSync(entry.sourceFile)) {
    return { problems: [{ file, line: 1, message: `translates ${input.display(entry.sourceFile)}, which does not exist: a translation sits beside its English source, named like it plus .${entry.language}` }], warnings: [] };
  }
  return undefined;
}

function staleWarning(file: string, line: number, written: string, sourceText: string, sourceFile: string): ContentProblem[] {
  const current = sourceRevision(sourceText);
  if (written === current) return [];
  return [{ file, line, message: `stale: translationOf is ${written}, but ${sourceFile} is now at ${current}: bring the translation up to date with the English changes, then write translationOf: ${current}` }];
}

function located(file: string, found: readonly TranslationProblem[]): ContentProblem[] {
  return found.map((problem) => ({ file, ...problem }));
}

async function checkArticleTranslation(entry: TranslationFile, file: string, input: TranslationCheckInput): Promise<TranslationCheck> {
  const early = fileProblems(entry, file, input);
  if (early) return early;
  const sourceShown = input.display(entry.sourceFile);
  const text = readFileSync(entry.file, 'utf8');
  const split = splitMdxSource(text, file, articleTranslationFrontmatterSchema, undefined, 'failsafe');
  if (!split.ok) return { problems: split.problems, warnings: [] };
  const source = input.articles.get(entry.source);
  // The English failed its own check: what it holds is unknown, so fix it first.
  if (!source || input.unchecked.articles.has(entry.source)) return NONE;

  const problems: ContentProblem[] = [];
  const frontmatter = split.frontmatter;
  problems.push(...located(file, correctionProblems(source.corrections, frontmatter.corrections, frontmatterLine(text, 'corrections') ?? 1)));
  let translated: BodyShape;
  try {
    const outline = await outlineArticleBodyCached(split.body, { slug: entry.source }, input.outline);
    problems.push(...outline.problems.map((problem) => ({ file, ...problem })));
    for (const link of outline.links) {
      const message = brokenLinkMessage(link.href, input.site, entry.source);
      if (message) problems.push({ file, line: link.line, message: `${message} (links in a translation keep the English paths)` });
    }
    translated = { anchors: outline.anchors, sourceLinks: outline.sourceLinks, ...(await bodyDataCached(split.body)) };
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    return { problems: [{ file, line: error.line, message: error.message }], warnings: [] };
  }
  const sourceText = readFileSync(entry.sourceFile, 'utf8');
  const english = splitArticleSource(sourceText, sourceShown);
  const englishShape: BodyShape = { anchors: source.anchors, sourceLinks: source.sourceLinks, ...(await bodyDataCached(english.ok ? english.body : '')) };
  problems.push(...located(file, bodyShapeProblems(englishShape, translated, sourceShown)));
  return { problems, warnings: staleWarning(file, frontmatterLine(text, 'translationOf') ?? 1, frontmatter.translationOf, sourceText, sourceShown) };
}

function checkTreeTranslation(entry: TranslationFile, file: string, input: TranslationCheckInput): TranslationCheck {
  const early = fileProblems(entry, file, input);
  if (early) return early;
  const parsed = parseTreeTranslation(readFileSync(entry.file, 'utf8'), file);
  if (!parsed.ok) return { problems: parsed.problems, warnings: [] };
  const tree = input.trees.get(entry.source);
  if (!tree || input.unchecked.trees.has(entry.source)) return NONE;
  return {
    problems: located(file, treeTranslationProblems(tree, parsed.translation, parsed.locate)),
    warnings: staleWarning(file, parsed.translationOfLine, parsed.translation.translationOf, readFileSync(entry.sourceFile, 'utf8'), input.display(entry.sourceFile)),
  };
}

function frontmatterLine(source: string, field: string): number | undefined {
  const index = source.split(/\r?\n/).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 1;
}
