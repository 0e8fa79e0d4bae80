/**
 * How a cited `source` is matched to the article's Sources section; which components must cite one
 * is in mdx-component-specs.ts (those with a `source` prop). Pure: the article check, the
 * troubleshooter check (an outcome's `fix.source` must be listed in its article) and tests read it.
 */

/** The id of the section every article ends with (`## Sources {#sources}`). */
export const SOURCES_SECTION_ID = 'sources';

/** Whether `value` is an absolute https URL: the build has no network, so the form is all it checks. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && !/\s/.test(value);
  } catch {
    return false;
  }
}

/**
 * A URL as Sources links are compared: without a trailing `/`, and without a `#fragment`, so a
 * source that points into a page (`…/microsoft-edge-policies#authschemes`) is listed by the page.
 */
export function sourceKey(url: string): string {
  const withoutFragment = url.split('#')[0] ?? url;
  return withoutFragment.replace(/\/+$/, '');
}

/** Whether `source` is among the Sources section's links (already keyed with sourceKey, or raw). */
export function isListedSource(source: string, links: readonly string[]): boolean {
  const wanted = sourceKey(source);
  return links.some((link) => sourceKey(link) === wanted);
}
