/**
 * The shape every id in a tree must have: lowercase words joined by single hyphens. Kept apart
 * from the zod schema so browser code that checks ids does not pull the schema library in.
 */
export const KEBAB_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A published documentation address: https only, no spaces. The build has no network, so only the form is checked. */
export const HTTPS_URL_PATTERN = /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/;
