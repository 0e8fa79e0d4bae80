import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLocalizedArticleProcedure, getLocalizedWizard } from '@/lib/content/localized-content.server';

/** The fix the e2e build's stale translation serves (tests/e2e/translation-states.ts STALE_ARTICLE). */
const STALE_FIX = { article: 'kerberos-spn-missing-or-duplicate', procedure: 'find-the-spn' };

let cacheDir: string;
let contentCopy: string;

beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'fixpath-outcome-fix-'));
  process.env.FIXPATH_CACHE_DIR = cacheDir;
  // As the browser tests' content: the SPN article's German written for an older English text, the double hop's removed.
  contentCopy = mkdtempSync(path.join(tmpdir(), 'fixpath-outcome-fix-content-'));
  cpSync('content', contentCopy, { recursive: true });
  const stale = path.join(contentCopy, 'articles', `${STALE_FIX.article}.de.mdx`);
  writeFileSync(stale, readFileSync(stale, 'utf8').replace(/^translationOf: .*$/m, 'translationOf: 000000000000'));
  rmSync(path.join(contentCopy, 'articles', 'kerberos-double-hop-delegation.de.mdx'));
});

afterAll(() => {
  delete process.env.FIXPATH_CACHE_DIR;
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(contentCopy, { recursive: true, force: true });
});

describe('the fix an outcome shows in German', () => {
  it('is one the troubleshooter’s SPN outcome points at', () => {
    const tree = getLocalizedWizard('windows-auth-login', 'de', contentCopy)!.content;
    const outcome = tree.nodes.find((node) => node.id === 'fix-spn');
    expect(outcome?.type === 'outcome' ? outcome.fix : undefined).toMatchObject(STALE_FIX);
  });

  it('says its translation is stale when it translates an older English text, and still shows the German steps', async () => {
    const stale = await getLocalizedArticleProcedure(STALE_FIX.article, STALE_FIX.procedure, 'de', contentCopy);
    const english = await getLocalizedArticleProcedure(STALE_FIX.article, STALE_FIX.procedure, 'en', contentCopy);
    expect(stale?.state).toBe('stale');
    expect(english?.state).toBe('source');
    expect(stale?.article.title).not.toBe(english?.article.title);
  });

  it('is current in the shipped content, and English where the article has no translation', async () => {
    expect((await getLocalizedArticleProcedure(STALE_FIX.article, STALE_FIX.procedure, 'de', 'content'))?.state).toBe('translated');
    expect((await getLocalizedArticleProcedure('kerberos-double-hop-delegation', 'set-up-constrained-delegation', 'de', contentCopy))?.state).toBe('missing');
  });
});
