import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ResumeSessionLink } from '@/components/wizard/resume-session-link';
import { getLocalizedWizard, treeLanguages } from '@/lib/content/localized-content.server';
import { listWizards } from '@/lib/content/wizards.server';
import { pluralTextOf } from '@/lib/i18n/client-text';
import { pageLanguage } from '@/lib/i18n/page-language';
import { treePreview } from '@/lib/link-preview';
import { siteConfig, siteName } from '@/lib/site-config';
import { progress, startSession } from '@/lib/wizard/navigate';
import { articlePath, localizePath, stepPath, treeMapPath, TREES_PATH } from '@/lib/paths';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface StartPageProps {
  params: Promise<{ lang: string; tree: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return listWizards().map((tree) => ({ tree: tree.id }));
}

export async function generateMetadata({ params }: StartPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { lang, tree: id } = await params;
  const language = pageLanguage(lang);
  const tree = getLocalizedWizard(id, language)?.content;
  const site = { siteName, publicUrl: siteConfig.publicUrl, language, languages: treeLanguages(id) };
  return tree ? { title: tree.title, ...treePreview({ tree, ...site }) } : {};
}

export default async function WizardStartPage({ params }: StartPageProps) {
  const lang = await enterPageLanguage(params);
  const tree = getLocalizedWizard((await params).tree, lang)?.content;
  if (!tree) notFound();
  const to = (path: string) => localizePath(lang, path);
  const atStart = progress(tree, startSession(tree));
  const maxQuestions = atStart.ok ? atStart.progress.maxQuestions : undefined;
  const t = await getTranslations('Troubleshooters');
  const resume = pluralTextOf(await getLocale(), (count) => t('resume', { count }));
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={to(TREES_PATH)}>{t('title')}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{tree.title}</h1>
      <p className="mt-3 text-lg">{tree.summary}</p>
      <p className="mt-3 text-muted">
        {maxQuestions ? t('atMost', { count: maxQuestions }) : ''}
        {t('shareable')}
      </p>
      <p className="mt-6">
        <Link
          href={to(stepPath(tree.id, tree.start, []))}
          className="inline-block rounded-lg bg-accent px-5 py-3 font-semibold text-page no-underline"
        >
          {t('startNow')}
        </Link>
      </p>
      <ResumeSessionLink treeId={tree.id} treeVersion={tree.version} language={lang} text={resume} />
      <ul className="mt-8 space-y-2 text-sm">
        <li>
          {t.rich('seeMap', { map: (chunks) => <Link href={to(treeMapPath(tree.id))}>{chunks}</Link> })}
        </li>
        {tree.article ? (
          <li>
            <Link href={to(articlePath(tree.article))}>{t('readArticle')}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
