// @ts-check
/**
 * `npm run build` (after `prebuild`'s content check and search index): Next's build in two
 * processes, compile then generate, so the compiler's ~700 MB of native memory is given back before
 * pages render (issue 8: build peak memory within 1 GB; one process peaked at 1.5 GB).
 *
 * The compile is skipped when nothing it reads has changed since the last one
 * (scripts/compile-fingerprint.mjs) and its output is still the one in .next: editing an article
 * then costs the content check, the index and rendering the prerendered pages again, not a 5 s
 * recompile of the same code. A plain `next build` in between writes another BUILD_ID, so the next
 * `npm run build` compiles again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileFingerprint } from './compile-fingerprint.mjs';

const NEXT_DIR = '.next';
const RECORD = path.join(NEXT_DIR, 'cache', 'fixpath-compile.json');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** @param {'compile' | 'generate'} mode */
function nextBuild(mode) {
  const run = spawnSync(process.execPath, [nextBin, 'build', `--experimental-build-mode=${mode}`], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

function buildId() {
  const file = path.join(NEXT_DIR, 'BUILD_ID');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/** @returns {{ fingerprint: string, buildId: string } | undefined} */
function lastCompile() {
  try {
    return JSON.parse(readFileSync(RECORD, 'utf8'));
  } catch {
    return undefined;
  }
}

const fingerprint = compileFingerprint(process.cwd(), process.env);
const last = lastCompile();
const current = buildId();
if (last && current && last.fingerprint === fingerprint && last.buildId === current) {
  console.log(`next build compile: skipped, no code, configuration or troubleshooter changed since build ${current}`);
} else {
  // A compile that stops half-way leaves .next half-written: forget the last one first.
  rmSync(RECORD, { force: true });
  nextBuild('compile');
  const compiled = buildId();
  if (compiled) {
    mkdirSync(path.dirname(RECORD), { recursive: true });
    writeFileSync(RECORD, JSON.stringify({ fingerprint, buildId: compiled }));
  }
}
nextBuild('generate');
