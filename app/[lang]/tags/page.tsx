import { BrowseIndex } from '@/components/browse/browse-index';
import { groupByTag } from '@/lib/content/browse';
import { listArticles } from '@/lib/content/articles.server';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export const metadata = { title: 'Browse by tag' };

export default async function TagsPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterPageLanguage(params);
  return (
    <>
      <h1 className="text-3xl font-bold">Browse by tag</h1>
      <BrowseIndex groups={groupByTag(listArticles())} basePath="/tags" />
    </>
  );
}
