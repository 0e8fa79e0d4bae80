import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompilePool } from '@/lib/content/compile-pool.server';
import { formatProblem } from '@/lib/content/problem';

const fixtures = path.resolve('tests/fixtures/content');

let cacheDir: string;
let pools: CompilePool[] = [];

// A fresh module graph, as a new process has: an empty in-memory compile cache, and one
// MdxSyntaxError class shared by the check, the compiler and the pool (as in a real process).
async function freshProcess() {
  vi.resetModules();
  const compiler = await import('@/lib/content/compile.server');
  const compileInThisThread = vi.spyOn(compiler, 'compileArticleBody');
  const outlineInThisThread = vi.spyOn(await import('@/lib/content/outline.server'), 'outlineArticleBody');
  const { checkContentFolder } = await import('@/lib/content/check.server');
  const { createCompilePool } = await import('@/lib/content/compile-pool.server');
  const { MdxSyntaxError } = await import('@/lib/content/mdx-syntax-error');
  const startPool = () => {
    const pool = createCompilePool(2);
    pools.push(pool);
    return pool;
  };
  return { compileArticleBody: compiler.compileArticleBody, compileInThisThread, outlineInThisThread, checkContentFolder, startPool, MdxSyntaxError };
}

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'fixpath-pool-cache-'));
  vi.stubEnv('FIXPATH_CACHE_DIR', cacheDir);
});

afterEach(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  pools = [];
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('compiling in worker threads', () => {
  it('gives the same code and outline as compiling in this thread', async () => {
    const { compileArticleBody, startPool } = await freshProcess();
    const body = '## Cause {#cause}\n\nThe server offers [Negotiate](/articles/other#fix) first.\n\n<Steps id="fix" title="Fix">\n<Step id="one" title="One">\nDo it.\n</Step>\n</Steps>\n';
    const options = { slug: 'demo', onlyProcedure: 'fix' };
    const inWorker = await startPool().compile(body, options);
    expect(inWorker.outline.anchors.map((anchor) => anchor.id)).toEqual(['cause', 'fix', 'one']);
    expect(inWorker).toEqual(await compileArticleBody(body, options));
  }, 30_000);

  it("reports an author's syntax error with the line in their file", async () => {
    const { startPool, MdxSyntaxError } = await freshProcess();
    const failure = await startPool()
      .compile('\n\n## Broken\n\n<Callout>\n', { slug: 'demo' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MdxSyntaxError);
    expect(failure).toMatchObject({ line: 5, message: expect.stringMatching(/^MDX syntax error: Expected a closing tag for `<Callout>`/) });
  }, 30_000);

  it('finds the same problems in a broken folder as the check in this thread, in the same order', async () => {
    const inThisThread = await (await freshProcess()).checkContentFolder(path.join(fixtures, 'broken'));
    const { checkContentFolder, startPool, compileInThisThread, outlineInThisThread } = await freshProcess();
    const inWorkers = await checkContentFolder(path.join(fixtures, 'broken'), startPool());
    expect(outlineInThisThread).not.toHaveBeenCalled();
    expect(compileInThisThread).not.toHaveBeenCalled();
    expect(inWorkers.problems.length).toBeGreaterThan(10);
    expect(inWorkers.problems.map(formatProblem)).toEqual(inThisThread.problems.map(formatProblem));
  }, 60_000);

  it('leaves every outline and outcome fix on disk, so the check in the build that follows redoes none', async () => {
    const checking = await freshProcess();
    expect((await checking.checkContentFolder('content', checking.startPool())).ok).toBe(true);
    const building = await freshProcess();
    expect((await building.checkContentFolder('content')).ok).toBe(true);
    expect(building.outlineInThisThread).not.toHaveBeenCalled();
    expect(building.compileInThisThread).not.toHaveBeenCalled();
  }, 60_000);
});
