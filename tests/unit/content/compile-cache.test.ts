import { describe, expect, it, vi } from 'vitest';
import { temporaryCacheForEachTest } from '../temporary-cache';

// A fresh module graph per "process": the in-memory map is empty, only the disk cache survives,
// which is what a second build (or a second static-generation worker) sees.
async function freshProcess() {
  vi.resetModules();
  const compiler = await import('@/lib/content/compile.server');
  const compile = vi.spyOn(compiler, 'compileArticleBody');
  const { compileArticleBodyCached } = await import('@/lib/content/compile-cache.server');
  return { compile, compileArticleBodyCached };
}

const BODY = '## Cause {#cause}\n\nThe server offers Negotiate first.\n';

const cache = temporaryCacheForEachTest('fixpath-mdx-cache-');
const cachedFiles = () => cache.files();

describe('compiled MDX cache on disk', () => {
  it('lets a second process reuse an unchanged article without compiling it again', async () => {
    const first = await freshProcess();
    const compiled = await first.compileArticleBodyCached(BODY, { slug: 'demo' });
    expect(first.compile).toHaveBeenCalledTimes(1);
    expect(cachedFiles()).toHaveLength(1);

    const second = await freshProcess();
    const reused = await second.compileArticleBodyCached(BODY, { slug: 'demo' });
    expect(second.compile).not.toHaveBeenCalled();
    expect(reused).toEqual(compiled);
    expect(reused.outline.anchors.map((anchor) => anchor.id)).toEqual(['cause']);
  });

  it('recompiles an edited article and keeps the others', async () => {
    const first = await freshProcess();
    await first.compileArticleBodyCached(BODY, { slug: 'demo' });
    await first.compileArticleBodyCached('## Other\n\nText.\n', { slug: 'other' });

    const second = await freshProcess();
    const edited = await second.compileArticleBodyCached(BODY.replace('first', 'second'), { slug: 'demo' });
    await second.compileArticleBodyCached('## Other\n\nText.\n', { slug: 'other' });
    expect(second.compile).toHaveBeenCalledTimes(1);
    expect(edited.code).toContain('second');
    expect(cachedFiles()).toHaveLength(3);
  });

  it('keys a selected procedure apart from the whole article', async () => {
    const body = '<Steps id="fix" title="Fix">\n<Step id="one" title="One">\nDo it.\n</Step>\n</Steps>\n\n## After\n\nMore.\n';
    const run = await freshProcess();
    const whole = await run.compileArticleBodyCached(body, { slug: 'demo' });
    const procedure = await run.compileArticleBodyCached(body, { slug: 'demo', onlyProcedure: 'fix' });
    expect(run.compile).toHaveBeenCalledTimes(2);
    expect(whole.code).toContain('More.');
    expect(procedure.code).not.toContain('More.');
  });

  it('never caches a failure, so the fixed file compiles on the next try', async () => {
    const run = await freshProcess();
    await expect(run.compileArticleBodyCached('## Broken\n\n<Callout>\n', { slug: 'demo' })).rejects.toThrow(/MDX syntax error/);
    expect(cachedFiles()).toHaveLength(0);
    await expect(run.compileArticleBodyCached('## Broken\n\n<Callout>\n', { slug: 'demo' })).rejects.toThrow(/MDX syntax error/);
    expect(run.compile).toHaveBeenCalledTimes(2);
  });
});

describe('the content check and the troubleshooters', () => {
  it('leaves every outcome fix compiled, so a step rendered on its first request compiles nothing', async () => {
    const checking = await freshProcess();
    const { checkContentFolder } = await import('@/lib/content/check.server');
    expect((await checkContentFolder('content')).ok).toBe(true);
    // Whole articles are only outlined by the check; a page compiles its article when it first renders.
    const compiledByCheck = checking.compile.mock.calls.map(([, options]) => `${options.slug}#${options.onlyProcedure ?? ''}`);

    const serving = await freshProcess();
    const { getArticleProcedure } = await import('@/lib/content/articles.server');
    const { loadShippedTree } = await import('../../e2e/wizard-tree');
    const fixes = loadShippedTree().nodes.flatMap((node) => (node.type === 'outcome' && node.fix ? [node.fix] : []));
    expect(fixes.length).toBeGreaterThan(3);
    for (const fix of fixes) {
      const found = await getArticleProcedure(fix.article, fix.procedure, 'content');
      expect(found?.procedure.id, `${fix.article}#${fix.procedure}`).toBe(fix.procedure);
    }
    expect(serving.compile).not.toHaveBeenCalled();
    expect(new Set(compiledByCheck)).toEqual(new Set(fixes.map((fix) => `${fix.article}#${fix.procedure}`)));
  }, 60_000);
});

describe('the content check and the server’s search', () => {
  it('leaves every article outlined, so the no-JavaScript search builds its index without compiling an article', async () => {
    await freshProcess();
    const { checkContentFolder } = await import('@/lib/content/check.server');
    expect((await checkContentFolder('content')).ok).toBe(true);

    const serving = await freshProcess();
    const outliner = vi.spyOn(await import('@/lib/content/outline.server'), 'outlineArticleBody');
    const { getSiteSearch } = await import('@/lib/search/site-search.server');
    const { searchSite } = await import('@/lib/search/query');
    const hits = searchSite(await getSiteSearch('content'), 'EnableNegotiate');
    expect(hits.map((hit) => hit.href)).toContain('/articles/windows-auth-fails-in-ie-edge#set-enablenegotiate-0');
    expect(serving.compile).not.toHaveBeenCalled();
    expect(outliner).not.toHaveBeenCalled();
  }, 60_000);
});
