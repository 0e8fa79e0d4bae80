import { getFixProcedure } from '@/lib/content/articles.server';
import { listFixProcedures } from '@/lib/content/wizards.server';

interface RouteContext {
  params: Promise<{ slug: string; procedure: string }>;
}

// The fix steps a troubleshooter outcome's ticket summary repeats, one static file per procedure a
// tree points at, written at build time from the article's outline. The step page fetches it only
// at an outcome, so its own HTML and scripts stay as light as before. Other languages' files are
// beside it (steps/[file]).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return listFixProcedures();
}

export async function GET(_request: Request, { params }: RouteContext) {
  const { slug, procedure } = await params;
  const found = await getFixProcedure(slug, procedure);
  if (!found) return Response.json({ error: 'no such procedure' }, { status: 404 });
  return Response.json(found);
}
