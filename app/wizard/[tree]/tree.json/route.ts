import { getWizard, listWizards } from '@/lib/content/wizards.server';
import { toClientTree } from '@/lib/wizard/client-tree';

// The tree the step pages' islands replay answers with, as one static file per troubleshooter:
// fetched once per visit instead of being serialised into every step page.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return listWizards().map((tree) => ({ tree: tree.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tree: string }> }) {
  const tree = getWizard((await params).tree);
  if (!tree) return Response.json({ error: 'no such troubleshooter' }, { status: 404 });
  return Response.json(toClientTree(tree));
}
