/**
 * The one id rule of the site: lowercase words joined by single hyphens. Tree, step, option and
 * answer ids, article slugs, tags and anchors all follow it, so an id never needs percent-encoding
 * in a URL. Kept apart from the zod schemas so browser code that checks ids does not pull the
 * schema library in. `KEBAB_ID_SOURCE` is for patterns that find an id inside longer text.
 */
export const KEBAB_ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';

export const KEBAB_ID_PATTERN = new RegExp(`^${KEBAB_ID_SOURCE}$`);

/** Whether `value` is a well-formed id. */
export function isKebabId(value: string | undefined): value is string {
  return value !== undefined && KEBAB_ID_PATTERN.test(value);
}

/** A published documentation address: https only, no spaces. The build has no network, so only the form is checked. */
export const HTTPS_URL_PATTERN = /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/;
