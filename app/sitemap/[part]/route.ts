import { parseSitemapPart } from '@/lib/paths';
import { sitemapResponse } from '@/lib/sitemap/response.server';

export const dynamic = 'force-dynamic';

/** `/sitemap/<n>.xml`: one part of a sitemap too big for one file; 404 for any other name. */
export async function GET(request: Request, { params }: { params: Promise<{ part: string }> }): Promise<Response> {
  const part = parseSitemapPart((await params).part);
  const response = part === undefined ? undefined : sitemapResponse(request, part);
  return response ?? new Response('No such sitemap part.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
