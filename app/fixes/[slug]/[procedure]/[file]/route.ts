import { getArticle } from '@/lib/content/articles.server';
import { regFileText } from '@/lib/registry/change';

interface RouteContext {
  params: Promise<{ slug: string; procedure: string; file: string }>;
}

const FILES = { 'apply.reg': 'apply', 'undo.reg': 'undo' } as const;

// Made on request from the article's RegistryValue entries (compiled once, then cached), not
// prerendered: a large site has thousands of these small downloads, rarely fetched, and
// prerendering each one cost the build more than it ever saves. Anything else is a 404.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext) {
  const { slug, procedure, file } = await params;
  const mode = FILES[file as keyof typeof FILES];
  const article = mode ? await getArticle(slug) : undefined;
  const changes = article?.registryChanges.filter((entry) => entry.procedureId === procedure).map((entry) => entry.change) ?? [];
  if (!mode || changes.length === 0) return new Response('No such file', { status: 404 });
  return new Response(regFileText(changes, mode), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}-${procedure}-${mode}.reg"`,
    },
  });
}
