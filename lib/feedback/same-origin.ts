/**
 * Why a request does not come from a page of this site, or undefined when it does (or when no browser
 * is involved). Browsers send `Sec-Fetch-Site` (all current ones) or at least `Origin` on every POST,
 * so a cross-site form or script is always caught; a request with neither header comes from a tool
 * such as curl, which can send any header it likes anyway, so refusing it would protect nothing.
 */
export function crossOriginProblem(headers: Headers): string | undefined {
  const site = headers.get('sec-fetch-site');
  if (site !== null) {
    return site === 'same-origin' ? undefined : `the request came from another site (Sec-Fetch-Site: ${site})`;
  }
  const origin = headers.get('origin');
  if (origin === null) return undefined;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  try {
    if (host !== null && new URL(origin).host === host) return undefined;
  } catch {
    // "null" or garbage: not this site.
  }
  return `the request came from another site (Origin: ${origin})`;
}
