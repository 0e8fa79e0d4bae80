import { BrowseIndex } from '@/components/browse/browse-index';
import { groupByProduct } from '@/lib/content/browse';
import { listArticles } from '@/lib/content/articles.server';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export const metadata = { title: 'Browse by product' };

export default async function ProductsPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterPageLanguage(params);
  return (
    <>
      <h1 className="text-3xl font-bold">Browse by product</h1>
      <BrowseIndex groups={groupByProduct(listArticles())} basePath="/products" />
    </>
  );
}
