import { sitemapResponse } from '@/lib/sitemap/response.server';

// Per request: without FIXPATH_PUBLIC_URL the URLs take the request's host, and the list follows
// the content the server reads (CONTENT_DIR), as the pages do.
export const dynamic = 'force-dynamic';

/** Every article and troubleshooter start with its date, or an index of numbered parts past 50,000 URLs. */
export function GET(request: Request): Response {
  return sitemapResponse(request)!;
}
