// @ts-check
/**
 * `npm run build`: content check and search index, type check, Next's compile, page generation,
 * then the asset passes, with one summary of what was checked, built and skipped. Next's own output
 * (its experimental-mode notices, the route table) goes to `<build folder>/build.log`, shown only
 * when a step fails.
 *
 * Next compiles and generates in two processes so the compiler's memory is given back before pages
 * render (the build's peak stays under 1 GB). Both the type check and the compile are skipped when
 * nothing they read changed since the last build in this folder (scripts/last-compile.mjs), so an
 * article edit costs the check, the index and rendering, not a recompile of unchanged code.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDir } from '../lib/build-dir.mjs';

process.env.NEXT_TELEMETRY_DISABLED = '1';
// Next skips its own type check only because the step below ran tsc (next.config.mjs).
process.env.FIXPATH_TYPES_CHECKED = '1';
const LOG = path.join(buildDir, 'build.log');
const NEXT = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const TSC = path.join('node_modules', 'typescript', 'bin', 'tsc');
/** @type {string[]} */
const summary = [];
const started = performance.now();

/**
 * Runs one step. `shown` steps print as they run (the content check's problems, tsc's errors);
 * the others write to the log, whose end is printed if they fail.
 * @param {string} name
 * @param {string[]} command
 * @param {{ shown?: boolean }} [options]
 */
function step(name, command, { shown = false } = {}) {
  const stepStarted = performance.now();
  const result = spawnSync(process.execPath, command, { stdio: shown ? 'inherit' : ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (!shown) {
    mkdirSync(buildDir, { recursive: true });
    appendFileSync(LOG, `\n$ ${name}\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    if (!shown) {
      const tail = readFileSync(LOG, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
      console.error(tail);
    }
    console.error(`\nnpm run build: ${name} failed after ${seconds} s${shown ? '' : `; Next's whole output is in ${LOG}`}`);
    process.exit(result.status ?? 1);
  }
  summary.push(`  ${name.padEnd(34)} ${seconds.padStart(6)} s`);
  return result;
}

mkdirSync(buildDir, { recursive: true });
writeFileSync(LOG, `npm run build, ${new Date().toISOString()}\n`);

// react-server: the condition Next's server bundles resolve with, under which `server-only` is empty.
step('content check and search index', ['--conditions=react-server', '--import', 'tsx', 'scripts/prebuild.ts'], { shown: true });
const unchanged = spawnSync(process.execPath, ['scripts/last-compile.mjs', 'unchanged'], { encoding: 'utf8' }).status === 0;
if (unchanged) {
  summary.push(`  ${'type check and Next compile'.padEnd(34)}  skipped: no code, configuration or troubleshooter changed`);
} else {
  step('type check (tsc)', [TSC, '--noEmit', '--incremental'], { shown: true });
  step('Next compile', [NEXT, 'build', '--experimental-build-mode=compile']);
  step('record the compile', ['scripts/last-compile.mjs', 'record']);
}
const generate = step('Next page generation', [NEXT, 'build', '--experimental-build-mode=generate']);
step('compile hints', ['scripts/compile-hints.mjs']);
step('precompressed assets', ['scripts/precompress-assets.mjs']);

const pages = [...`${generate.stdout}${generate.stderr}`.matchAll(/Generating static pages[^(]*\(\d+\/(\d+)\)/g)].at(-1)?.[1];
console.log(`\nBuilt into ${buildDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s${pages ? `, ${pages} pages prerendered` : ''}:`);
console.log(summary.join('\n'));
console.log(`Next's own output: ${LOG}`);
