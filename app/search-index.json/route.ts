import { toSearchIndexFile } from '@/lib/search/engine';
import { getSiteSearch } from '@/lib/search/site-search.server';

// Written once by `next build` from the validated content (CONTENT_DIR included) and served as a
// static file; the search box fetches it on first focus, never with the page.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(toSearchIndexFile(await getSiteSearch()));
}
