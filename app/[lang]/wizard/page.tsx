import Link from 'next/link';
import { getLocalizedWizard } from '@/lib/content/localized-content.server';
import { listWizards } from '@/lib/content/wizards.server';
import { localizePath, treePath } from '@/lib/paths';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export const metadata = { title: 'Guided troubleshooters' };

export default async function WizardListPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await enterPageLanguage(params);
  const trees = listWizards().map((tree) => getLocalizedWizard(tree.id, lang)?.content ?? tree);
  return (
    <>
      <h1 className="text-3xl font-bold">Guided troubleshooters</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">
        Answer a few questions, one at a time, and get to the fix for your situation. Every step has its own
        link, so you can share exactly where you are.
      </p>
      <ul className="mt-8 grid gap-4">
        {trees.map((tree) => (
          <li key={tree.id} className="rounded-lg border border-border p-4">
            <h2 className="text-lg font-semibold">
              <Link href={localizePath(lang, treePath(tree.id))}>{tree.title}</Link>
            </h2>
            <p className="mt-1 text-muted">{tree.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
