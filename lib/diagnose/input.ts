import { readHar } from './har';
import type { ReadResult } from './input-model';
import { readLines } from './transcript';
import type { DiagnoseLimits } from './types';

/** Detects the input's shape (HAR, or any line-based text) and reads it. */
export function readInput(text: string, limits: DiagnoseLimits): ReadResult {
  if (text.trimStart().startsWith('{')) {
    const har = readHar(text.trim(), limits);
    if (har) return har;
  }
  return readLines(text, limits);
}
