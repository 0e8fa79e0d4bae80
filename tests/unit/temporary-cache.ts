import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * A build cache folder of its own for each test of the calling suite (FIXPATH_CACHE_DIR), removed
 * after it with the spies the test made. `files` lists the cache's files ending in `suffix` (JSON by default), as absolute paths.
 */
export function temporaryCacheForEachTest(prefix: string) {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
    vi.stubEnv('FIXPATH_CACHE_DIR', dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    files: (suffix = '.json') =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith(suffix))
        .map((name) => path.join(dir, name)),
  };
}
