/**
 * Runs `npm run build` (content check, then `next build`) in the workspace and measures it: wall
 * time of each half, peak memory of the whole process tree, and the size of what it wrote.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { onCleanup } from './cleanup';
import { samplePeakMemory } from './process-memory';

/** One build's figures. */
export interface BuildRun {
  totalMs: number;
  prebuildMs: number;
  nextBuildMs: number;
  peakMemoryMb: number;
  /** Everything the build printed, for the report's "what takes the time". */
  output: string;
}

/** Environment for every command run in the workspace: the generated corpus, no telemetry. */
export function benchEnv(contentDir: string): NodeJS.ProcessEnv {
  return { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
}

/**
 * Builds in `appDir`; rejects with the build's output when it fails, or when it runs past
 * `timeoutMs` (then the build is stopped and the error names how far it got).
 */
export function runBuild(appDir: string, contentDir: string, logFile: string, timeoutMs: number): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let prebuildEnded: number | undefined;
    let output = '';
    // Its own process group, so an interrupted bench can stop npm, next and every build worker at once.
    const child = spawn('npm', ['run', 'build'], { cwd: appDir, env: benchEnv(contentDir), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const pid = child.pid ?? process.pid;
    const memory = samplePeakMemory(pid);
    const stopGroup = onCleanup(() => {
      if (child.exitCode === null) process.kill(-pid, 'SIGTERM');
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-pid, 'SIGTERM');
    }, timeoutMs);
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      appendFileSync(logFile, text);
      // Prebuild (content check, then search index) prints the index line last; next build starts right after it.
      if (prebuildEnded === undefined && /^search index\b/m.test(output)) prebuildEnded = performance.now();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      stopGroup();
      const peak = memory.stop();
      const ended = performance.now();
      if (timedOut) {
        const progress = output.trim().split('\n').at(-1)?.trim();
        const minutes = (timeoutMs / 60_000).toFixed(0);
        reject(new Error(`npm run build did not finish within ${minutes} min (peak memory ${(peak / 2 ** 20).toFixed(0)} MB); it had reached: ${progress}`));
        return;
      }
      if (code !== 0) {
        reject(new Error(`npm run build failed (exit ${code}); last output:\n${output.slice(-4000)}`));
        return;
      }
      const prebuildMs = (prebuildEnded ?? started) - started;
      // Next's own output (phases, pages, routes) is in the build's log, not on the console; the
      // plain Next peer has no such log and prints it.
      const log = path.join(appDir, '.next', 'build.log');
      const nextOutput = existsSync(log) ? readFileSync(log, 'utf8') : '';
      resolve({ totalMs: ended - started, prebuildMs, nextBuildMs: ended - started - prebuildMs, peakMemoryMb: peak / 2 ** 20, output: output + nextOutput });
    });
  });
}

/** Disk used by `.next`, in MB, with and without its cache folder. */
export function buildOutputSize(appDir: string): { totalMb: number; withoutCacheMb: number } {
  const kilobytes = (target: string, exclude?: string) => {
    const args = ['-sk', ...(exclude ? [`--exclude=${exclude}`] : []), target];
    return Number(execFileSync('du', args, { encoding: 'utf8' }).split('\t')[0]);
  };
  const next = path.join(appDir, '.next');
  // The search files are served from public/, outside .next, and grow with the site: the issue's
  // figure is the build's output without its cache *plus* them.
  const searchFiles = ['search-index', 'search-index.json'].map((name) => path.join(appDir, 'public', name)).filter((file) => existsSync(file));
  const searchKb = searchFiles.reduce((sum, file) => sum + kilobytes(file), 0);
  return { totalMb: kilobytes(next) / 1024, withoutCacheMb: (kilobytes(next, path.join(next, 'cache')) + searchKb) / 1024 };
}
