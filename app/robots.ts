import type { MetadataRoute } from 'next';
import { headers } from 'next/headers';
import { API_PATH_PREFIX, INSIGHTS_PATH, SEARCH_PATH, SITEMAP_PATH } from '@/lib/paths';
import { absoluteOrigin } from '@/lib/request-origin';
import { siteConfig } from '@/lib/site-config';

// Per request, like the sitemap: without FIXPATH_PUBLIC_URL the sitemap's address takes the request's host.
export const dynamic = 'force-dynamic';

/**
 * Every article and troubleshooter step is public. Not for crawlers: the feedback figures, the API,
 * and search results, which are endless variations of the articles and count as readers' searches.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = absoluteOrigin(siteConfig.publicUrl, await headers());
  return {
    rules: { userAgent: '*', disallow: [INSIGHTS_PATH, API_PATH_PREFIX, SEARCH_PATH] },
    sitemap: `${origin}${SITEMAP_PATH}`,
  };
}
