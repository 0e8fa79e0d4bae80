import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ResumeSessionLink } from '@/components/wizard/resume-session-link';
import { getWizard, listWizards } from '@/lib/content/wizards.server';
import { pluralTextOf } from '@/lib/i18n/client-text';
import { treePreview } from '@/lib/link-preview';
import { siteConfig, siteName } from '@/lib/site-config';
import { progress, startSession } from '@/lib/wizard/navigate';
import { stepPath } from '@/lib/paths';
import { articlePath, treeMapPath, TREES_PATH } from '@/lib/paths';

interface StartPageProps {
  params: Promise<{ tree: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return listWizards().map((tree) => ({ tree: tree.id }));
}

export async function generateMetadata({ params }: StartPageProps): Promise<Metadata> {
  const tree = getWizard((await params).tree);
  return tree ? { title: tree.title, ...treePreview({ tree, siteName, publicUrl: siteConfig.publicUrl }) } : {};
}

export default async function WizardStartPage({ params }: StartPageProps) {
  const tree = getWizard((await params).tree);
  if (!tree) notFound();
  const atStart = progress(tree, startSession(tree));
  const maxQuestions = atStart.ok ? atStart.progress.maxQuestions : undefined;
  const t = await getTranslations('Troubleshooters');
  const resume = pluralTextOf(await getLocale(), (count) => t('resume', { count }));
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={TREES_PATH}>{t('title')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{tree.title}</h1>
      <p className="mt-3 text-lg">{tree.summary}</p>
      <p className="mt-3 text-muted">
        {maxQuestions ? t('atMost', { count: maxQuestions }) : ''}
        {t('shareable')}
      </p>
      <p className="mt-6">
        <Link
          href={stepPath(tree.id, tree.start, [])}
          className="inline-block rounded-lg bg-accent px-5 py-3 font-semibold text-page no-underline"
        >
          {t('startNow')}
        </Link>
      </p>
      <ResumeSessionLink treeId={tree.id} treeVersion={tree.version} text={resume} />
      <ul className="mt-8 space-y-2 text-sm">
        <li>
          {t.rich('seeMap', { map: (chunks) => <Link href={treeMapPath(tree.id)}>{chunks}</Link> })}
        </li>
        {tree.article ? (
          <li>
            <Link href={articlePath(tree.article)}>{t('readArticle')}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
