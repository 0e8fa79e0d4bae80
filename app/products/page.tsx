import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { BrowseIndex } from '@/components/browse/browse-index';
import { groupByProduct } from '@/lib/content/browse';
import { listArticles } from '@/lib/content/articles.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Browse'))('byProduct') };
}

export default function ProductsPage() {
  const t = useTranslations('Browse');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('byProduct')}</h1>
      <BrowseIndex groups={groupByProduct(listArticles())} basePath="/products" />
    </>
  );
}
