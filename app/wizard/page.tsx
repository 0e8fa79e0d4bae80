import type { Metadata } from 'next';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { listWizards } from '@/lib/content/wizards.server';
import { treePath } from '@/lib/paths';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Troubleshooters'))('title') };
}

export default function WizardListPage() {
  const trees = listWizards();
  const t = useTranslations('Troubleshooters');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t('intro')}</p>
      <ul className="mt-8 grid gap-4">
        {trees.map((tree) => (
          <li key={tree.id} className="rounded-lg border border-border p-4">
            <h2 className="text-lg font-semibold">
              <Link href={treePath(tree.id)}>{tree.title}</Link>
            </h2>
            <p className="mt-1 text-muted">{tree.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
