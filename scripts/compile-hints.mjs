// @ts-check
/**
 * A step of `npm run build` (scripts/build.mjs), before the assets are compressed: puts V8's explicit compile hint at the top of each
 * client chunk. Chromium then compiles every function of a chunk while the chunk streams in, on a
 * background thread, instead of compiling each one on the main thread the first time it is called —
 * which for React and the Next runtime is during hydration, the page's longest task. Measured with
 * Lighthouse (mobile, 4x CPU slowdown) on the longest article: the hydration task 255 → 85 ms, total
 * blocking time about 440 → 210 ms (issue 8). Only chunks are marked: each is fetched because its code
 * is about to run. Other browsers read the line as a comment. https://v8.dev/blog/explicit-compile-hints
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDir } from '../lib/build-dir.mjs';
import { filesUnder } from './files-under.mjs';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

const CHUNKS_DIR = path.join(buildDir, 'static', 'chunks');

/**
 * The chunk with the hint as its first line; a chunk that has it already is returned as it is.
 * @param {string} source
 */
export function withCompileHint(source) {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

/**
 * Marks every script under `dir`; returns how many it changed.
 * @param {string} dir
 */
export async function addCompileHints(dir) {
  const scripts = filesUnder(dir).filter((file) => file.endsWith('.js'));
  const changed = await Promise.all(
    scripts.map(async (file) => {
      const source = await readFile(file, 'utf8');
      const hinted = withCompileHint(source);
      if (hinted === source) return false;
      await writeFile(file, hinted);
      return true;
    }),
  );
  return changed.filter(Boolean).length;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const marked = await addCompileHints(CHUNKS_DIR);
  console.log(`compile hints: ${marked} chunks marked to compile while they download`);
}
