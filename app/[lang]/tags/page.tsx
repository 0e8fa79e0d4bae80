import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BrowseIndex } from '@/components/browse/browse-index';
import { groupByTag } from '@/lib/content/browse';
import { listArticles } from '@/lib/content/articles.server';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Browse'))('byTag') };
}

export default async function TagsPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterPageLanguage(params);
  const t = await getTranslations('Browse');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('byTag')}</h1>
      <BrowseIndex groups={groupByTag(listArticles())} basePath="/tags" />
    </>
  );
}
