/**
 * One compile in a worker thread of the compile pool (compile-pool.server.ts). An author's syntax
 * error comes back as data: an error crossing threads loses its class, and with it the line the
 * content check reports.
 */
import { compileArticleBody, type CompiledMdx, type CompileOptions } from './compile.server';
import { MdxSyntaxError } from './mdx-syntax-error';

export interface CompileJob {
  body: string;
  options: CompileOptions;
}

export type CompileOutcome = { ok: true; compiled: CompiledMdx } | { ok: false; line: number; reason: string };

export default async function compileJob({ body, options }: CompileJob): Promise<CompileOutcome> {
  try {
    return { ok: true, compiled: await compileArticleBody(body, options) };
  } catch (error) {
    if (error instanceof MdxSyntaxError) return { ok: false, line: error.line, reason: error.reason };
    throw error;
  }
}
