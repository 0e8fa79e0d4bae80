import { getLocalizedFixProcedure } from '@/lib/content/localized-content.server';
import { listFixProcedures } from '@/lib/content/wizards.server';
import { TRANSLATION_LANGUAGE_IDS } from '@/lib/i18n/languages';
import { fixStepsFileName, parseFixStepsFileName } from '@/lib/paths';

interface RouteContext {
  params: Promise<{ slug: string; procedure: string; file: string }>;
}

// A fix's steps for a ticket written in another language (`steps/de.json`), static like the
// English `steps.json`: the translation's steps, or the English ones saying why (`fallback`).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return listFixProcedures().flatMap((fix) => TRANSLATION_LANGUAGE_IDS.map((language) => ({ ...fix, file: fixStepsFileName(language) })));
}

export async function GET(_request: Request, { params }: RouteContext) {
  const { slug, procedure, file } = await params;
  const language = parseFixStepsFileName(file);
  const found = language ? await getLocalizedFixProcedure(slug, procedure, language) : undefined;
  if (!found) return Response.json({ error: 'no such procedure' }, { status: 404 });
  return Response.json(found);
}
