import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT, withCompileHint } from '@/scripts/compile-hints.mjs';

const chunk = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["object"==typeof document?document.currentScript:void 0,5550,(e)=>{"use strict";e.i(47167)}]);\n//# sourceMappingURL=x.js.map';

describe('withCompileHint', () => {
  it("puts V8's hint on the chunk's first line and leaves every byte of the chunk after it", () => {
    const hinted = withCompileHint(chunk);
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.slice(COMPILE_HINT.length)).toBe(chunk);
  });

  it('marks a chunk once however often the build step runs', () => {
    expect(withCompileHint(withCompileHint(chunk))).toBe(withCompileHint(chunk));
  });
});

describe('addCompileHints', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fixpath-hints-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('marks the scripts in the folder and below it, and no stylesheet, map or compressed copy', async () => {
    mkdirSync(path.join(dir, 'pages'));
    const files = { 'a.js': chunk, 'pages/b.js': chunk, 'c.css': 'body{margin:0}', 'a.js.map': '{}', 'a.js.br': 'brotli' };
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);

    expect(await addCompileHints(dir)).toBe(2);
    const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
    expect(read('a.js')).toBe(COMPILE_HINT + chunk);
    expect(read('pages/b.js')).toBe(COMPILE_HINT + chunk);
    expect([read('c.css'), read('a.js.map'), read('a.js.br')]).toEqual(['body{margin:0}', '{}', 'brotli']);
    expect(await addCompileHints(dir)).toBe(0);
  });
});
