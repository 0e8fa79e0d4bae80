import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileFingerprint } from '@/scripts/compile-fingerprint.mjs';

/** A project folder with one file of each kind the compile reads or ignores. */
const files: Record<string, string> = {
  'app/page.tsx': 'export default function Home() { return null; }',
  'components/site-footer.tsx': 'export function SiteFooter() { return null; }',
  'lib/wizard/engine.ts': 'export const start = 1;',
  'next.config.mjs': 'export default {};',
  'package-lock.json': '{"lockfileVersion":3}',
  'content/articles/kerberos.mdx': '---\ntitle: Kerberos\n---\nText.',
  'content/wizards/windows-auth-login.yaml': 'id: windows-auth-login\n',
  'public/search-index.json': '{"revision":"a"}',
};

describe('compileFingerprint', () => {
  let root: string;
  const env = { CONTENT_DIR: 'content', PATH: '/usr/bin' };
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'fixpath-fingerprint-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stays the same when an article or the search index changes, so an article edit needs no compile', () => {
    const before = compileFingerprint(root, env);
    appendFileSync(path.join(root, 'content/articles/kerberos.mdx'), '\nA new paragraph.');
    writeFileSync(path.join(root, 'content/articles/ntlm.mdx'), '---\ntitle: NTLM\n---\n');
    writeFileSync(path.join(root, 'public/search-index.json'), '{"revision":"b"}');
    expect(compileFingerprint(root, { ...env, PATH: '/bin' })).toBe(before);
  });

  it.each(['app/page.tsx', 'components/site-footer.tsx', 'lib/wizard/engine.ts', 'next.config.mjs', 'package-lock.json', 'content/wizards/windows-auth-login.yaml'])(
    'changes when %s changes',
    (file) => {
      const before = compileFingerprint(root, env);
      appendFileSync(path.join(root, file), '\n');
      expect(compileFingerprint(root, env)).not.toBe(before);
    },
  );

  it('changes when a code file is added or renamed, and when a variable a bundle may inline changes', () => {
    const before = compileFingerprint(root, env);
    writeFileSync(path.join(root, 'lib/new-module.ts'), '');
    const added = compileFingerprint(root, env);
    expect(added).not.toBe(before);
    rmSync(path.join(root, 'lib/new-module.ts'));
    writeFileSync(path.join(root, 'lib/renamed-module.ts'), '');
    expect(compileFingerprint(root, env)).not.toBe(added);
    expect(compileFingerprint(root, { ...env, NEXT_PUBLIC_SITE_NAME: 'Fixpath' })).not.toBe(compileFingerprint(root, env));
    expect(compileFingerprint(root, { ...env, FIXPATH_PRERENDER_STEPS: '3' })).not.toBe(compileFingerprint(root, env));
  });

  it('reads the troubleshooters from the content folder the build is given', () => {
    mkdirSync(path.join(root, 'other/wizards'), { recursive: true });
    writeFileSync(path.join(root, 'other/wizards/tree.yaml'), 'id: tree\n');
    const other = { ...env, CONTENT_DIR: 'other' };
    const before = compileFingerprint(root, other);
    appendFileSync(path.join(root, 'content/wizards/windows-auth-login.yaml'), '\n');
    expect(compileFingerprint(root, other)).toBe(before);
    appendFileSync(path.join(root, 'other/wizards/tree.yaml'), '\n');
    expect(compileFingerprint(root, other)).not.toBe(before);
  });
});
