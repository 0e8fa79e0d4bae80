/**
 * Which components state facts a reader runs on a server or a workstation, and how their `source`
 * is matched to the article's Sources section. Pure: the article check, the troubleshooter check
 * (an outcome's `fix.source` must be listed in its article) and tests all read it.
 */

/**
 * Components that must cite the published documentation defining what they show. The one list the
 * check reads: a component named here is checked as soon as articles use it.
 */
export const COMPONENTS_CITING_SOURCES = ['Command', 'RegistryValue', 'IisProviderChange', 'IisProviderOrder'] as const;

/** A component that must carry `source="https://…"`. */
export type ComponentCitingSource = (typeof COMPONENTS_CITING_SOURCES)[number];

export function mustCiteSource(name: string | null | undefined): name is ComponentCitingSource {
  return (COMPONENTS_CITING_SOURCES as readonly (string | null | undefined)[]).includes(name);
}

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

/** The check's message for a component whose source is missing or not an https URL. */
export function missingSourceMessage(component: string): string {
  return `<${component}> needs source="https://…": the published documentation that defines this ${describeCited(component)}`;
}

function describeCited(component: string): string {
  if (component === 'RegistryValue') return 'registry value';
  if (component === 'Command') return 'command';
  return 'change';
}
