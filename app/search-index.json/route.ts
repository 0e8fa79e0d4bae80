import { getShardedIndex } from '@/lib/search/site-search.server';

// Written once by `next build` from the validated content (CONTENT_DIR included) and served as a
// static file; the search box fetches it on first focus, never with the page. It is the base of
// the split index: the shards and page chunks it names live under /search-index/<revision>/.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json((await getShardedIndex()).base);
}
