// @ts-check
/**
 * The folder `next build` writes and `npm start` serves: `.next`, unless FIXPATH_DIST_DIR names
 * another. The browser tests build into their own (playwright.config.ts), so running `npm test`
 * never replaces the build a user serves with `npm start`. Plain JavaScript, so next.config.mjs and
 * the build scripts read the same setting as the TypeScript server code.
 */
export const buildDir = process.env.FIXPATH_DIST_DIR || '.next';
