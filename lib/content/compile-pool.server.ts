import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ArticleCompiler } from './compile-cache.server';
import type { CompileJob, CompileOutcome } from './compile-worker.server';
import { MdxSyntaxError } from './mdx-syntax-error';

/** A compiler that uses every core, and what frees its threads so the process can exit. */
export interface CompilePool {
  compile: ArticleCompiler;
  close: () => Promise<void>;
}

/**
 * Compiles MDX in worker threads, one per core. Compiling is remark and the MDX compiler in
 * JavaScript, so one thread kept a cold check of 1,000 articles on one core of two (issue 8).
 * Workers load the TypeScript sources through tsx, as the scripts that create the pool do.
 */
export function createCompilePool(threads = availableParallelism()): CompilePool {
  const execArgv = process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
  const pool = new Piscina<CompileJob, CompileOutcome>({
    filename: new URL('./compile-worker.server.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    execArgv,
  });
  return {
    async compile(body, options) {
      const outcome = await pool.run({ body, options });
      if (!outcome.ok) throw new MdxSyntaxError(outcome.line, outcome.reason);
      return outcome.compiled;
    },
    close: () => pool.close(),
  };
}
