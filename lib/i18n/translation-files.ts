/**
 * How a translation is named: `<source>.<lang>.<ext>` beside its English `<source>.<ext>`. Slugs and
 * tree ids are kebab-case, so a dot inside a file's base name always means a language suffix; the
 * loaders use this to keep translations out of the English content, and the content check to find
 * them (an unknown suffix included, so a typo is reported rather than silently ignored).
 */

const TRANSLATION_NAME = /^([^.]+)\.([^.]+)\.([^.]+)$/;

/** A file name read as a translation: the source's base name, the language suffix as written, the extension. */
export interface TranslationFileName {
  source: string;
  language: string;
  extension: string;
}

/** `kerberos-clock-skew.de.mdx` → `{ source: 'kerberos-clock-skew', language: 'de', extension: 'mdx' }`; undefined for an English file name. */
export function parseTranslationFileName(name: string): TranslationFileName | undefined {
  const match = TRANSLATION_NAME.exec(name);
  if (!match) return undefined;
  const [, source = '', language = '', extension = ''] = match;
  return { source, language, extension };
}

/** Whether a content file name has a language suffix, so it is never read as English content. */
export function isTranslationFileName(name: string): boolean {
  return parseTranslationFileName(name) !== undefined;
}

/** The English file a translation translates, in the same folder: `x.de.mdx` → `x.mdx`. */
export function sourceFileName({ source, extension }: TranslationFileName): string {
  return `${source}.${extension}`;
}
