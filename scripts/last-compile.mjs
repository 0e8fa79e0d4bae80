// @ts-check
/**
 * `npm run build` runs Next's build in two processes, compile then generate, so the compiler's
 * ~700 MB of native memory is given back before pages render (issue 8: build peak memory within
 * 1 GB). This script lets it skip the compile when nothing the compile reads has changed since the
 * last one (scripts/compile-fingerprint.mjs) and that compile's output is still the one in the build folder:
 * an article edit then costs the content check, the index and rendering the prerendered pages again,
 * not a 5 s recompile of the same code. A plain `next build` in between writes another BUILD_ID, so
 * the next `npm run build` compiles again. It runs between Next's steps rather than around them:
 * a node process waiting on the compile would add its own memory to the build's peak.
 *
 *   node scripts/last-compile.mjs unchanged   exits 0 when the compile can be skipped, else 1
 *   node scripts/last-compile.mjs record      after a compile: remembers what it compiled
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDir } from '../lib/build-dir.mjs';
import { compileFingerprint } from './compile-fingerprint.mjs';

const NEXT_DIR = buildDir;
const RECORD = path.join(NEXT_DIR, 'cache', 'fixpath-compile.json');

/** @typedef {{ fingerprint?: string, buildId?: string, compiling?: string }} CompileRecord */

/** @returns {CompileRecord} */
function readRecord() {
  try {
    return JSON.parse(readFileSync(RECORD, 'utf8'));
  } catch {
    return {};
  }
}

/** @param {CompileRecord} record */
function writeRecord(record) {
  mkdirSync(path.dirname(RECORD), { recursive: true });
  writeFileSync(RECORD, JSON.stringify(record));
}

function buildId() {
  const file = path.join(NEXT_DIR, 'BUILD_ID');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

const command = process.argv[2];
if (command === 'unchanged') {
  const fingerprint = compileFingerprint(process.cwd(), process.env);
  const last = readRecord();
  const current = buildId();
  if (current && last.buildId === current && last.fingerprint === fingerprint) {
    console.log(`next build compile: skipped, no code, configuration or troubleshooter changed since build ${current}`);
    process.exit(0);
  }
  // What is about to be compiled, fixed now: an edit made during the compile must not be taken as compiled.
  // Until `record` runs the record matches no build, so a compile that stops half-way is redone.
  writeRecord({ compiling: fingerprint });
  process.exit(1);
} else if (command === 'record') {
  const { compiling } = readRecord();
  const compiled = buildId();
  if (compiling && compiled) writeRecord({ fingerprint: compiling, buildId: compiled });
} else {
  console.error('usage: node scripts/last-compile.mjs unchanged|record');
  process.exit(2);
}
