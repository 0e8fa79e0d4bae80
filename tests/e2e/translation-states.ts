import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The browser tests' build serves a copy of the content in which one German translation is
 * missing and one was written for an older English text, so the notices of both states are seen
 * in a real browser. The English content is the shipped one, untouched.
 */
export const E2E_CONTENT_DIR = '.next-e2e-content';
/** An article whose German translation the copy leaves out. */
export const UNTRANSLATED_ARTICLE = 'kerberos-double-hop-delegation';
/** An article whose German translation the copy marks as translating an older English text. */
export const STALE_ARTICLE = 'kerberos-spn-missing-or-duplicate';

/** Writes the copy; run once, before the build, by the main Playwright process. */
export function writeE2eContent(source = 'content'): void {
  rmSync(E2E_CONTENT_DIR, { recursive: true, force: true });
  cpSync(source, E2E_CONTENT_DIR, { recursive: true });
  rmSync(path.join(E2E_CONTENT_DIR, 'articles', `${UNTRANSLATED_ARTICLE}.de.mdx`));
  const stale = path.join(E2E_CONTENT_DIR, 'articles', `${STALE_ARTICLE}.de.mdx`);
  writeFileSync(stale, readFileSync(stale, 'utf8').replace(/^translationOf: .*$/m, 'translationOf: 000000000000'));
}
