/**
 * The origin a browser used to reach the site, for links written into a page: the forwarded host
 * and protocol, which `npm start`'s server sets from the connection unless a trusted proxy sent
 * them (scripts/forwarded-headers.mjs), else the Host header over http. Undefined when they do not
 * make a plain http(s) origin, so a made-up Host header cannot put other text into a page.
 */
export function requestOrigin(headers: { get(name: string): string | null }): string | undefined {
  const host = firstValue(headers.get('x-forwarded-host')) ?? firstValue(headers.get('host'));
  const protocol = firstValue(headers.get('x-forwarded-proto')) ?? 'http';
  if (host === undefined || (protocol !== 'http' && protocol !== 'https')) return undefined;
  const written = `${protocol}://${host.toLowerCase()}`;
  try {
    const url = new URL(written);
    // Anything beyond host and port (a path, user info, spaces) shows up as a difference here.
    return url.origin === written || `${url.origin}:${defaultPort(protocol)}` === written ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The origin absolute URLs that leave the site (the sitemap, robots.txt) are built from: the
 * configured public URL (`FIXPATH_PUBLIC_URL`) when set, else the request's own origin, else localhost.
 */
export function absoluteOrigin(publicUrl: string | undefined, headers: { get(name: string): string | null }): string {
  return publicUrl ?? requestOrigin(headers) ?? 'http://localhost';
}

function firstValue(value: string | null): string | undefined {
  return value?.split(',')[0]?.trim() || undefined;
}

function defaultPort(protocol: 'http' | 'https'): string {
  return protocol === 'http' ? '80' : '443';
}
