// @ts-check
/**
 * One line per page address that fails, not per request. Next logs a render error with its stack
 * and digest but not the address it was rendering; this line says where, and what to do.
 */
const MAX_REMEMBERED = 1000;

/** @param {(line: string) => void} [log] */
export function createFailureReport(log = (line) => console.error(line)) {
  /** @type {Set<string>} */
  const reported = new Set();
  /**
   * @param {string} method
   * @param {string} url
   * @param {number} status
   */
  return (method, url, status) => {
    const pathname = url.split('?')[0] ?? url;
    // The API logs its own failures (a storage outage once, a bug with its stack).
    if (pathname.startsWith('/api/') || reported.has(pathname)) return;
    if (reported.size >= MAX_REMEMBERED) reported.clear();
    reported.add(pathname);
    log(
      `[fixpath] ${method} ${pathname} answered ${status}: the page failed to render. Next's error logged just before ` +
        '(⨯ …, with its digest) says why; an error in content names its file: fix it and rebuild, or restart if the ' +
        'cause was passing. Later failures of this address are not reported again until the server restarts.',
    );
  };
}
