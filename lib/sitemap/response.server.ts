import 'server-only';
import { siteConfig } from '@/lib/site-config';
import { absoluteOrigin } from '@/lib/request-origin';
import { planSitemap, sitemapIndexXml, urlsetXml } from './protocol';
import { sitemapPartPath } from '@/lib/paths';
import { siteSitemapEntries } from './entries.server';

const XML_TYPE = 'application/xml; charset=utf-8';

/** Headers of a sitemap answer: cacheable for an hour, per host when the origin came from the request. */
function sitemapHeaders(): HeadersInit {
  const headers: Record<string, string> = { 'Content-Type': XML_TYPE, 'Cache-Control': 'public, max-age=3600' };
  if (siteConfig.publicUrl === undefined) headers.Vary = 'Host, X-Forwarded-Host, X-Forwarded-Proto';
  return headers;
}

/**
 * `/sitemap.xml`, or part `part` of it (`/sitemap/<n>.xml`) when the site has more URLs than one
 * file may list. Undefined for a part that does not exist, including any part when one file holds all.
 */
export function sitemapResponse(request: Request, part?: number): Response | undefined {
  const origin = absoluteOrigin(siteConfig.publicUrl, request.headers);
  const plan = planSitemap(siteSitemapEntries());
  if (part === undefined) {
    const body = plan.kind === 'urlset' ? urlsetXml(origin, plan.entries) : sitemapIndexXml(origin, plan.parts, sitemapPartPath);
    return new Response(body, { headers: sitemapHeaders() });
  }
  const entries = plan.kind === 'index' ? plan.parts[part - 1] : undefined;
  return entries ? new Response(urlsetXml(origin, entries), { headers: sitemapHeaders() }) : undefined;
}
