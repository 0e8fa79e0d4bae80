/**
 * "Did you mean …?" for a name that does not exist: the candidates closest to it by edit distance.
 * Pure, so the article check, the tree check and the link check all suggest alike.
 */

/** Edits (insert, delete, replace) that turn `a` into `b`, compared without case. */
function editDistance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const replace = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min(replace, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * Up to `max` candidates near enough to `wanted` to be what was meant, nearest first: within a third
 * of the name's length in edits (at least two), or one that the name starts (`fix-it` for `fix`).
 */
export function nearestNames(wanted: string, candidates: Iterable<string>, max = 3): string[] {
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { name: string; distance: number }[] = [];
  for (const name of new Set(candidates)) {
    if (name === wanted) continue;
    const distance = editDistance(wanted, name);
    const truncated = wanted.length >= 3 && name.toLowerCase().startsWith(wanted.toLowerCase());
    if (distance <= limit || truncated) scored.push({ name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : 1));
  return scored.slice(0, max).map((entry) => entry.name);
}

/** `"a", "b" or "c"`: each name passed through `quote`. */
export function orList(names: readonly string[], quote = (name: string) => `"${name}"`): string {
  const quoted = names.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** `did you mean "a" or "b"?` (each name passed through `quote`), or '' when nothing is near. */
export function didYouMean(wanted: string, candidates: Iterable<string>, quote?: (name: string) => string): string {
  const near = nearestNames(wanted, candidates);
  return near.length === 0 ? '' : `did you mean ${orList(near, quote)}?`;
}

/** `message`, then `: did you mean …?` when a candidate is near `wanted`. */
export function withSuggestion(message: string, wanted: string, candidates: Iterable<string>, quote?: (name: string) => string): string {
  const suggestion = didYouMean(wanted, candidates, quote);
  return suggestion ? `${message}: ${suggestion}` : message;
}
