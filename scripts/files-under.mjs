// @ts-check
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir`, at any depth, as `dir` joined with its path there (build scripts:
 * compile hints, precompression, the compile fingerprint).
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}
