import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { BrowseIndex } from '@/components/browse/browse-index';
import { groupByTag } from '@/lib/content/browse';
import { listArticles } from '@/lib/content/articles.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Browse'))('byTag') };
}

export default function TagsPage() {
  const t = useTranslations('Browse');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('byTag')}</h1>
      <BrowseIndex groups={groupByTag(listArticles())} basePath="/tags" />
    </>
  );
}
