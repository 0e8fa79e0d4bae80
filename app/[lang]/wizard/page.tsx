import type { Metadata } from 'next';
import Link from 'next/link';
import { contentLangOf, listLocalizedWizards } from '@/lib/content/localized-content.server';
import { getTranslations } from 'next-intl/server';
import { localizePath, treePath } from '@/lib/paths';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  return { title: (await getTranslations('Troubleshooters'))('title') };
}

export default async function WizardListPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await enterPageLanguage(params);
  const trees = listLocalizedWizards(lang);
  const t = await getTranslations('Troubleshooters');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t('intro')}</p>
      <ul className="mt-8 grid gap-4">
        {trees.map(({ content: tree, state }) => (
          <li key={tree.id} className="rounded-lg border border-border p-4" lang={contentLangOf(state)}>
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
