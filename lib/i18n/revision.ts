import { createHash } from 'node:crypto';

/** How many hex digits of the hash a translation's `translationOf` holds: short to write, enough for one file's history. */
export const REVISION_LENGTH = 12;

/** What `translationOf` must look like. */
export const REVISION_PATTERN = new RegExp(`^[0-9a-f]{${REVISION_LENGTH}}$`);

/**
 * The revision of a source file a translation records in `translationOf`: the first 12 hex digits of
 * the sha256 of its text with line endings normalised to LF, so a checkout that converts line
 * endings does not make every translation stale.
 */
export function sourceRevision(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n'), 'utf8').digest('hex').slice(0, REVISION_LENGTH);
}
