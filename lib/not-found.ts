/**
 * The request header through which proxy.ts tells the 404 page (app/global-not-found.tsx) which
 * troubleshooter a missing step belonged to. The proxy drops any value a client sent.
 */
export const MISSING_STEP_HEADER = 'x-fixpath-missing-step-of';

/** The request header through which proxy.ts tells the 404 page the language of the URL it answers. */
export const NOT_FOUND_LANGUAGE_HEADER = 'x-fixpath-language';
