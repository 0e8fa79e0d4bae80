import { isKebabId } from '@/lib/wizard/ids';

/**
 * Old anchor ids an element keeps when it is renamed (`aliases="old-id,older-id"`, or
 * `{#new-id aliases=old-id}` on a heading), so links already pasted into tickets still land there.
 * Pure: the outline pass validates them and the components render them.
 */

/** The ids of an `aliases` list as written (comma-separated, spaces allowed), empty parts dropped. */
export function splitAliases(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The ids of an aliases list, and those that cannot be an anchor id. */
export function parseAliases(text: string | undefined): { ids: string[]; invalid: string[] } {
  const ids = splitAliases(text);
  return { ids: ids.filter((id) => isKebabId(id)), invalid: ids.filter((id) => !isKebabId(id)) };
}

/** The check's message for aliases that are not anchor ids. */
export function invalidAliasesMessage(element: string, invalid: readonly string[]): string {
  return `${element} aliases ${invalid.map((id) => `"${id}"`).join(', ')} are not anchor ids: use lower-case words joined by hyphens`;
}
