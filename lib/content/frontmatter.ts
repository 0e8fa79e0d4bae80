import { LineCounter, parseDocument, isNode } from 'yaml';
import type { z } from 'zod';
import { articleFrontmatterSchema, type ArticleFrontmatter } from './article-schema';
import type { CheckedMemo } from './checked-cache.server';
import type { ContentProblem } from './problem';

/** An MDX source cut into its validated frontmatter and a body that keeps the file's line numbers. */
export type SplitArticle =
  | { ok: true; frontmatter: ArticleFrontmatter; body: string }
  | { ok: false; problems: ContentProblem[] };

const FENCE = '---';

/**
 * Splits `---` frontmatter from the MDX body. The frontmatter lines are blanked rather than cut so
 * that positions the MDX compiler reports are the file's own line numbers.
 */
export function splitArticleSource(source: string, file: string, memo?: CheckedMemo<ArticleFrontmatter>): SplitArticle {
  return splitMdxSource(source, file, articleFrontmatterSchema, memo);
}

/** An MDX source cut into frontmatter validated by `schema` and a body that keeps the file's line numbers. */
export type SplitMdx<T> = { ok: true; frontmatter: T; body: string } | { ok: false; problems: ContentProblem[] };

/** How frontmatter YAML is read: `core` (YAML's default types), or `failsafe`, where every scalar is a string. */
export type FrontmatterYamlSchema = 'core' | 'failsafe';

/**
 * splitArticleSource with another frontmatter schema (a translation's), reported the same way. The
 * schema is a strict object, so an unknown field is named with the fields it allows. A frontmatter of
 * strings only reads as `failsafe`: a revision such as `123456789012` or `12e456789012` stays the
 * text written rather than becoming a number.
 */
export function splitMdxSource<S extends z.ZodObject>(
  source: string,
  file: string,
  schema: S,
  memo?: CheckedMemo<z.output<S>>,
  yamlSchema: FrontmatterYamlSchema = 'core',
): SplitMdx<z.output<S>> {
  const { lines, bodyStart } = frontmatterLines(source);
  if (lines[0]?.trim() !== FENCE) {
    return { ok: false, problems: [{ file, line: 1, message: 'frontmatter missing: start the file with a line of three dashes (---)' }] };
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === FENCE);
  if (closing === -1) {
    return { ok: false, problems: [{ file, line: 1, message: 'frontmatter is never closed: add a line of three dashes (---) after it' }] };
  }

  const yamlText = lines.slice(1, closing).join('\n');
  const firstYamlLine = 2;
  const known = memo?.get(yamlText);
  const parsed = known ? { ok: true as const, frontmatter: known } : parseFrontmatterYaml(yamlText, file, firstYamlLine, schema, yamlSchema);
  if (!parsed.ok) return parsed;
  if (!known) memo?.remember?.(yamlText, parsed.frontmatter);

  // The frontmatter's lines blanked, the rest as it is, each line ending in \n.
  const body = bodyStart === undefined ? '\n'.repeat(closing) : '\n'.repeat(closing + 1) + source.slice(bodyStart).replace(/\r\n/g, '\n');
  return { ok: true, frontmatter: parsed.frontmatter, body };
}

/**
 * The lines of a source up to its closing `---` (or all of them when there is none, or the first
 * line is not `---`), and where the line after it starts. Only the frontmatter is cut into lines:
 * splitting every article whole was a tenth of a warm content check at 10,000 articles.
 */
export function frontmatterLines(source: string): { lines: string[]; bodyStart?: number } {
  const lines: string[] = [];
  for (let start = 0; ; ) {
    const end = source.indexOf('\n', start);
    const line = source.slice(start, end === -1 ? undefined : end);
    lines.push(line.endsWith('\r') && end !== -1 ? line.slice(0, -1) : line);
    const closed = lines.length > 1 && (lines.at(-1) as string).trim() === FENCE;
    if (end === -1) return { lines };
    if (closed || (lines.length === 1 && (lines[0] as string).trim() !== FENCE)) return { lines, bodyStart: end + 1 };
    start = end + 1;
  }
}

function parseFrontmatterYaml<S extends z.ZodObject>(
  yamlText: string,
  file: string,
  firstLine: number,
  schema: S,
  yamlSchema: FrontmatterYamlSchema,
): { ok: true; frontmatter: z.output<S> } | { ok: false; problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, schema: yamlSchema });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }

  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return { ok: true, frontmatter: result.data };

  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      line: lineOfPath(document, pathOfIssue(issue), lineAt, firstLine),
      message: describeIssue(issue, Object.keys(schema.shape)),
    })),
  };
}

/** The line of the deepest YAML node on the issue's path that exists (a missing field points at its parent). */
function lineOfPath(
  document: ReturnType<typeof parseDocument>,
  path: readonly PropertyKey[],
  lineAt: (offset: number) => number,
  fallback: number,
): number {
  for (let depth = path.length; depth > 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return fallback;
}

/** An unknown key is reported on its parent; point at the key itself instead. */
function pathOfIssue(issue: z.core.$ZodIssue): readonly PropertyKey[] {
  if (issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined) return [...issue.path, issue.keys[0]];
  return issue.path;
}

function describeIssue(issue: z.core.$ZodIssue, fields: readonly string[]): string {
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'frontmatter';
  if (issue.code === 'unrecognized_keys') {
    return `frontmatter: unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}; allowed: ${fields.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `frontmatter: "${field}" is required`;
  }
  return `frontmatter: "${field}" ${issue.message}`;
}
