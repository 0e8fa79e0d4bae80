import { getLocalizedWizard } from '@/lib/content/localized-content.server';
import { listWizards } from '@/lib/content/wizards.server';
import { pageLanguage } from '@/lib/i18n/page-language';
import { SITE_LANGUAGES } from '@/lib/i18n/site-languages';
import { toClientTree } from '@/lib/wizard/client-tree';

// The tree the step pages' islands replay answers with, as one static file per troubleshooter:
// fetched once per visit instead of being serialised into every step page.
export const dynamic = 'force-static';
export const dynamicParams = false;

// A route handler has no layout above it, so it names the languages itself.
export function generateStaticParams() {
  return SITE_LANGUAGES.flatMap((lang) => listWizards().map((tree) => ({ lang, tree: tree.id })));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; tree: string }> }) {
  const { lang, tree: id } = await params;
  // The tree in the page's language: the islands show its questions and answers.
  const tree = getLocalizedWizard(id, pageLanguage(lang))?.content;
  if (!tree) return Response.json({ error: 'no such troubleshooter' }, { status: 404 });
  return Response.json(toClientTree(tree));
}
