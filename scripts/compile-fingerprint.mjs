// @ts-check
/**
 * A hash of everything `next build`'s compile step reads: the app's code and styles, its
 * configuration and locked dependencies, the troubleshooters (next.config.mjs turns their
 * `redirects` into routes), the environment it may inline, and Node's version. Articles are not in
 * it: pages read them when they render — in the build's generate step and on the server — and
 * Tailwind reads only app/ and components/ for class names (app/globals.css). scripts/last-compile.mjs lets
 * `npm run build` skip the compile when this is what the last compile saw, so an article edit costs a render,
 * not a recompile of unchanged code (issue 8: rebuild after one edit ≤ 15 s).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './files-under.mjs';

const CODE_DIRS = ['app', 'components', 'lib'];
const CODE_FILES = ['proxy.ts', 'next.config.mjs', 'postcss.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Variables Next inlines into bundles (NEXT_PUBLIC_*), or that the site or its config reads. */
const ENV_NAMES = /^(NEXT_PUBLIC_|FIXPATH_|CONTENT_DIR$|NODE_ENV$)/;

/**
 * The files under `dir`, as paths relative to `root`, sorted; none when `dir` is missing.
 * @param {string} root
 * @param {string} dir
 */
function sortedFilesUnder(root, dir) {
  const absolute = path.resolve(root, dir);
  return existsSync(absolute) ? filesUnder(absolute).map((file) => path.relative(root, file)).sort() : [];
}

/**
 * @param {string} root the project folder
 * @param {Record<string, string | undefined>} env
 * @returns {string} hex sha256
 */
export function compileFingerprint(root, env) {
  const contentDir = env.CONTENT_DIR ?? 'content';
  const envFiles = readdirSync(root).filter((name) => name.startsWith('.env')).sort();
  const files = [
    ...CODE_DIRS.flatMap((dir) => sortedFilesUnder(root, dir)),
    ...CODE_FILES.filter((file) => existsSync(path.join(root, file))),
    ...envFiles,
    ...sortedFilesUnder(root, path.join(contentDir, 'wizards')),
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  const inlinedEnv = Object.keys(env)
    .filter((name) => ENV_NAMES.test(name))
    .sort()
    .map((name) => `${name}=${env[name]}`);
  hash.update(inlinedEnv.join('\n')).update(`\0node ${process.version}`);
  return hash.digest('hex');
}
