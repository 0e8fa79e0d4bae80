import 'server-only';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { inThisThread, type ArticlePasses } from './compile-cache.server';
import type { CompileJob, PassOutcome } from './compile-worker.server';
import { MdxSyntaxError } from './mdx-syntax-error';

/** Both passes over articles on every core, and what frees the threads so the process can exit. */
export interface CompilePool extends ArticlePasses {
  close: () => Promise<void>;
}

/**
 * Room for short-lived objects in each worker (V8's default is 48 MB, semi-spaces of 16 MB). Parsing
 * an article builds tokens, events and a syntax tree that all die with it; in the default space
 * they outlive a scavenge or two and are copied and promoted, and garbage collection was a
 * fifth of the workers' time in a cold 10,000-article check (issue 26). With 96 MB, an outline
 * costs 19 ms of CPU instead of 23–28 (400 generated articles in one worker, alternated), for
 * about 50 MB more memory per worker; 192 MB saved nothing more.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

/**
 * Outlines and compiles MDX in worker threads, one per core. Both are remark and the MDX compiler
 * in JavaScript, so one thread kept a cold check of 1,000 articles on one core of two (issue 8).
 * Workers load the TypeScript sources through tsx (see compile-worker.mjs). The threads start with
 * the first job, and the first `inThisThreadFirst` jobs run in this thread: a rebuild after editing
 * an article or two starts none, where each thread loading tsx and the compiler cost it a second or
 * two of CPU for one outline.
 */
export function createCompilePool(threads = availableParallelism(), inThisThreadFirst = 0): CompilePool {
  let jobs = 0;
  let pool: Piscina<CompileJob, PassOutcome<unknown>> | undefined;
  const started = () =>
    (pool ??= new Piscina<CompileJob, PassOutcome<unknown>>({
      filename: new URL('./compile-worker.mjs', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      // The worker imports server modules; under react-server `server-only` lets them load, whichever
      // way the parent was started (a script, or a test runner that aliases it instead).
      execArgv: [...process.execArgv, '--conditions=react-server'],
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    }));
  async function run<T>(job: CompileJob): Promise<T> {
    jobs += 1;
    if (jobs <= inThisThreadFirst) return (job.pass === 'outline' ? inThisThread.outline(job.body, job.options) : inThisThread.compile(job.body, job.options)) as Promise<T>;
    const outcome = await started().run(job);
    if (!outcome.ok) throw new MdxSyntaxError(outcome.line, outcome.reason);
    return outcome.value as T;
  }
  return {
    compile: (body, options) => run({ pass: 'compile', body, options }),
    outline: (body, options) => run({ pass: 'outline', body, options }),
    close: async () => pool?.close(),
  };
}

/** The first jobs, run in this thread: all a rebuild after a few edits has (see createCompilePool). */
const FEW_JOBS = 8;

/** Runs `work` with a pool on every core, and closes the pool however `work` ends, so the process can exit. */
export async function withCompilePool<T>(work: (pool: CompilePool) => Promise<T>): Promise<T> {
  const pool = createCompilePool(availableParallelism(), FEW_JOBS);
  return work(pool).finally(pool.close);
}
