import 'server-only';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A cache file's parsed JSON, or undefined when it is missing or unreadable (then the caller parses afresh). */
export function readJsonFile<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file under a temporary name first, so a parallel build worker never reads half of
 * it. Returns whether it was written: a read-only disk only costs speed, so failures are not thrown.
 */
export function writeJsonFileAtomically(file: string, value: unknown): boolean {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, file);
    return true;
  } catch {
    return false;
  }
}
