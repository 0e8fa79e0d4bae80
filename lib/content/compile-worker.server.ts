/**
 * The two passes over an article, as run in a worker thread of the compile pool
 * (compile-pool.server.ts). An author's syntax error comes back as data: an error crossing threads
 * loses its class, and with it the line the content check reports.
 */
import 'server-only';
import { compileArticleBody, type CompiledMdx, type CompileOptions } from './compile.server';
import { MdxSyntaxError } from './mdx-syntax-error';
import { outlineArticleBody } from './outline.server';
import type { ArticleOutline } from './remark-anchors';

export interface CompileJob {
  pass: 'compile' | 'outline';
  body: string;
  options: CompileOptions;
}

export type PassOutcome<T> = { ok: true; value: T } | { ok: false; line: number; reason: string };

export default async function runPass({ pass, body, options }: CompileJob): Promise<PassOutcome<CompiledMdx | ArticleOutline>> {
  try {
    if (pass === 'outline') return { ok: true, value: outlineArticleBody(body, options) };
    return { ok: true, value: await compileArticleBody(body, options) };
  } catch (error) {
    if (error instanceof MdxSyntaxError) return { ok: false, line: error.line, reason: error.reason };
    throw error;
  }
}
