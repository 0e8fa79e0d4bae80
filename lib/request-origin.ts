/** A host as a Host header may name it: a name or IPv4 address, or a bracketed IPv6 one, and a port. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin absolute URLs (the sitemap, robots.txt) are built from: the configured public URL
 * (`FIXPATH_PUBLIC_URL`) when set, else the request's own host and scheme. Under `npm start` those
 * headers are what the connection or a trusted proxy vouches for (scripts/forwarded-headers.mjs),
 * so a client can only name itself; a host that is not a host name falls back to localhost.
 */
export function absoluteOrigin(publicUrl: string | undefined, headers: { get(name: string): string | null }): string {
  if (publicUrl !== undefined) return publicUrl;
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || '';
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return HOST.test(host) ? `${proto}://${host.toLowerCase()}` : 'http://localhost';
}
