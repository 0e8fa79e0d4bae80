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
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
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
 * Runs one step and resolves with its output. `shown` steps print as they run (the content check's
 * problems); the others are captured: Next's output goes to the log, and any failing step's output
 * is printed before the build stops.
 * @param {string} name
 * @param {string[]} command
 * @param {{ shown?: boolean, logged?: boolean }} [options]
 * @returns {Promise<string>}
 */
function step(name, command, { shown = false, logged = !shown } = {}) {
  const stepStarted = performance.now();
  const child = spawn(process.execPath, command, { stdio: shown ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      if (logged) appendFileSync(LOG, `\n$ ${name}\n${output}`);
      const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
      if (status !== 0) {
        if (!shown) console.error(output.trimEnd().split('\n').slice(-40).join('\n'));
        console.error(`\nnpm run build: ${name} failed after ${seconds} s${logged ? `; the whole output is in ${LOG}` : ''}`);
        process.exit(status ?? 1);
      }
      summary.push(`  ${name.padEnd(34)} ${seconds.padStart(6)} s`);
      resolve(output);
    });
  });
}

mkdirSync(buildDir, { recursive: true });
writeFileSync(LOG, `npm run build, ${new Date().toISOString()}\n`);

const unchanged = spawnSync(process.execPath, ['scripts/last-compile.mjs', 'unchanged'], { encoding: 'utf8' }).status === 0;
// react-server: the condition Next's server bundles resolve with, under which `server-only` is empty.
await step('content check and search index', ['--conditions=react-server', '--import', 'tsx', 'scripts/prebuild.ts'], { shown: true });
// One after the other, not side by side: tsc holds about 600 MB, and beside the check's workers it
// took the build's peak past 1 GB.
if (!unchanged) await step('type check (tsc)', [TSC, '--noEmit', '--incremental'], { logged: false });
if (unchanged) {
  summary.push(`  ${'type check and Next compile'.padEnd(34)}  skipped: no code, configuration or troubleshooter changed`);
} else {
  await step('Next compile', [NEXT, 'build', '--experimental-build-mode=compile']);
  await step('record the compile', ['scripts/last-compile.mjs', 'record']);
}
const generated = await step('Next page generation', [NEXT, 'build', '--experimental-build-mode=generate']);
await step('compile hints', ['scripts/compile-hints.mjs']);
await step('precompressed assets', ['scripts/precompress-assets.mjs']);

const pages = [...generated.matchAll(/Generating static pages[^(]*\(\d+\/(\d+)\)/g)].at(-1)?.[1];
console.log(`\nBuilt into ${buildDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s${pages ? `, ${pages} pages prerendered` : ''}:`);
console.log(summary.join('\n'));
console.log(`Next's own output: ${LOG}`);
