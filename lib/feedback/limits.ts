/**
 * Limits shared by the schemas (server) and the widgets (browser). Kept apart from schema.ts so the
 * widgets do not pull zod into the page's JavaScript.
 */

/** Longest comment accepted, in UTF-16 code units: the same unit a textarea's maxlength counts. */
export const COMMENT_MAX_LENGTH = 1000;
