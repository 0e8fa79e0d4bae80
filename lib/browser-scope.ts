/**
 * Which browsers a troubleshooter path or an article procedure is about. Browsers are grouped by
 * what decides their Windows sign-in, not by brand: Internet Explorer and Edge's IE mode use
 * WinINET (Internet Options, EnableNegotiate); Edge and Chrome share Chromium's authentication code
 * (policies); Firefox has its own preferences and policies. Pure and dependency-free: the tree
 * schema, the article check and the pages all read it.
 */

/** Every browser id an author may name, in the order pages list them. */
export const BROWSER_IDS = ['ie', 'ie-mode', 'edge', 'chrome', 'firefox'] as const;
/** One browser, as named in `browsers` lists of trees and `<Steps browsers="…">`. */
export type BrowserId = (typeof BROWSER_IDS)[number];

/** `any`: the path or procedure is not tied to a browser (a server-side fix, or "every browser"). */
export type BrowserScope = 'any' | readonly BrowserId[];

/** How each browser is named to readers. */
export const BROWSER_LABELS: Record<BrowserId, string> = {
  ie: 'Internet Explorer 11',
  'ie-mode': 'Microsoft Edge in IE mode',
  edge: 'Microsoft Edge',
  chrome: 'Google Chrome',
  firefox: 'Mozilla Firefox',
};

export function isBrowserId(value: string): value is BrowserId {
  return (BROWSER_IDS as readonly string[]).includes(value);
}

/** The result of reading a scope written as text (`any` or `ie,ie-mode`). */
export type ParsedBrowserScope = { ok: true; scope: BrowserScope } | { ok: false; message: string };

/** Reads `browsers="…"` as written in MDX: `any`, or browser ids separated by commas. */
export function parseBrowserScope(text: string): ParsedBrowserScope {
  const trimmed = text.trim();
  if (trimmed === 'any') return { ok: true, scope: 'any' };
  const parts = trimmed.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const unknown = parts.filter((part) => !isBrowserId(part));
  if (parts.length === 0 || unknown.length > 0) {
    const what = parts.length === 0 ? 'is empty' : `names unknown browsers (${unknown.join(', ')})`;
    return { ok: false, message: `browsers ${what}: write "any" or a comma-separated list of ${BROWSER_IDS.join(', ')}` };
  }
  return { ok: true, scope: BROWSER_IDS.filter((id) => parts.includes(id)) };
}

/** The browsers both scopes mean; `any` narrows nothing. */
export function narrowScope(outer: BrowserScope, inner: BrowserScope): BrowserScope {
  if (outer === 'any') return inner;
  if (inner === 'any') return outer;
  return outer.filter((id) => inner.includes(id));
}

/**
 * Whether a procedure written for `procedure` serves every browser a path may be in. A path whose
 * browser is unknown (`any`) may only end at a procedure that works in every browser.
 */
export function scopeCovers(procedure: BrowserScope, path: BrowserScope): boolean {
  if (procedure === 'any') return true;
  if (path === 'any') return false;
  return path.every((id) => procedure.includes(id));
}

/** "Internet Explorer 11 and Microsoft Edge in IE mode"; `any` reads "every browser". */
export function describeScope(scope: BrowserScope): string {
  if (scope === 'any') return 'every browser';
  const names = scope.map((id) => BROWSER_LABELS[id]);
  return names.length <= 1 ? (names[0] ?? 'no browser') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
