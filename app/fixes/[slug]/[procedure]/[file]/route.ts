import { getArticle, listArticles } from '@/lib/content/articles.server';
import { regFileText } from '@/lib/registry/change';

interface RouteContext {
  params: Promise<{ slug: string; procedure: string; file: string }>;
}

const FILES = { 'apply.reg': 'apply', 'undo.reg': 'undo' } as const;

// Generated at build time from the articles' RegistryValue entries; nothing else is served here.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const params: { slug: string; procedure: string; file: string }[] = [];
  for (const { slug } of listArticles()) {
    const article = await getArticle(slug);
    const procedures = new Set(article?.registryChanges.map((entry) => entry.procedureId));
    for (const procedure of procedures) for (const file of Object.keys(FILES)) params.push({ slug, procedure, file });
  }
  return params;
}

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
