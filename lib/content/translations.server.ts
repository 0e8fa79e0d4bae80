import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { isTranslationLanguage, type TranslationLanguage } from '@/lib/i18n/languages';
import { sourceRevision } from '@/lib/i18n/revision';
import { parseTranslationFileName, sourceFileName } from '@/lib/i18n/translation-files';
import { articleTranslationFrontmatterSchema, treeTranslationSchema, type ArticleTranslationFrontmatter, type TreeTranslation } from '@/lib/i18n/translation-schema';
import { createLocator, type SourceLocator } from '@/lib/wizard/source-map';
import { articleTranslationFiles } from './article-files.server';
import { contentDir } from './content-dir.server';
import { splitMdxSource } from './frontmatter';
import type { ContentProblem } from './problem';
import { wizardTranslationFiles } from './wizards.server';

/** One translation file beside its English source, as its name says (the language may be unregistered). */
export interface TranslationFile {
  kind: 'article' | 'tree';
  /** The translation's path. */
  file: string;
  /** The English file it translates, by name (it may not exist). */
  sourceFile: string;
  /** The article slug or tree id. */
  source: string;
  /** The suffix as written; a registered language when `registered`. */
  language: string;
  registered: boolean;
}

/** Every article and tree translation in a content folder, articles first, each sorted by file. */
export function listTranslationFiles(root = contentDir()): TranslationFile[] {
  const read = (kind: TranslationFile['kind'], file: string): TranslationFile[] => {
    const name = parseTranslationFileName(path.basename(file));
    if (!name) return [];
    return [{ kind, file, sourceFile: path.join(path.dirname(file), sourceFileName(name)), source: name.source, language: name.language, registered: isTranslationLanguage(name.language) }];
  };
  return [...articleTranslationFiles(root).flatMap((file) => read('article', file)), ...wizardTranslationFiles(root).flatMap((file) => read('tree', file))];
}

/** The revision of an English file that a translation of it writes in `translationOf`. */
export function revisionOfFile(file: string): string {
  return sourceRevision(readFileSync(file, 'utf8'));
}

/** A tree translation read with its line numbers, or every problem that stopped it, at its line. */
export type ParsedTreeTranslation =
  | { ok: true; translation: TreeTranslation; locate: SourceLocator; translationOfLine: number }
  | { ok: false; problems: ContentProblem[] };

/** Parses a troubleshooter translation (`<tree>.<lang>.yaml`); nothing throws. */
export function parseTreeTranslation(text: string, file: string): ParsedTreeTranslation {
  const lineCounter = new LineCounter();
  // Every value is text: `failsafe` keeps a revision such as 123456789012 the string written, not a number.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, schema: 'failsafe' });
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((error) => ({ file, line: lineCounter.linePos(error.pos[0]).line, message: `YAML syntax error: ${error.message.split('\n')[0]}` })) };
  }
  const locate = createLocator(doc, lineCounter);
  let raw: unknown;
  try {
    raw = doc.toJS();
  } catch (error) {
    return { ok: false, problems: [{ file, line: 1, message: `YAML error: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const parsed = treeTranslationSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...issue.path, issue.keys[0]] : issue.path;
        const field = at.map(String).join('.') || 'translation';
        const message =
          issue.code === 'unrecognized_keys'
            ? `${field}: not a translatable field here: a tree translation holds translationOf, title, summary and nodes (by node id: prompt, help, options by option id with label; or title, summary, body); the structure stays in the English tree`
            : issue.code === 'invalid_type' && valueAt(raw, at) === undefined
              ? `${field} is required`
              : `${field}: ${issue.message}`;
        return { file, line: locate(at), message };
      }),
    };
  }
  return { ok: true, translation: parsed.data, locate, translationOfLine: locate(['translationOf']) };
}

/** A registered translation of an article, for the pages to come: its frontmatter and body, or undefined when there is none or it is invalid. */
export function readArticleTranslation(root: string, slug: string, language: TranslationLanguage): { file: string; frontmatter: ArticleTranslationFrontmatter; body: string } | undefined {
  const file = listTranslationFiles(root).find((entry) => entry.kind === 'article' && entry.source === slug && entry.language === language);
  if (!file) return undefined;
  const split = splitMdxSource(readFileSync(file.file, 'utf8'), file.file, articleTranslationFrontmatterSchema, undefined, 'failsafe');
  return split.ok ? { file: file.file, frontmatter: split.frontmatter, body: split.body } : undefined;
}

/** A registered translation of a tree, for the pages to come: undefined when there is none or it is invalid. */
export function readTreeTranslation(root: string, treeId: string, language: TranslationLanguage): TreeTranslation | undefined {
  const file = listTranslationFiles(root).find((entry) => entry.kind === 'tree' && entry.source === treeId && entry.language === language);
  if (!file) return undefined;
  const parsed = parseTreeTranslation(readFileSync(file.file, 'utf8'), file.file);
  return parsed.ok ? parsed.translation : undefined;
}

function valueAt(value: unknown, at: readonly PropertyKey[]): unknown {
  return at.reduce<unknown>((current, key) => (current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[key] : undefined), value);
}
