import { notFound } from 'next/navigation';
import { AllArticlesList, findAllArticlesPage } from '@/components/browse/all-articles-list';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export const metadata = { title: 'All articles' };

/** The first page of every article by title; the header's "Articles" link. */
export default async function AllArticlesPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterPageLanguage(params);
  const found = findAllArticlesPage(1);
  if (!found) notFound();
  return <AllArticlesList page={found.page} total={found.total} />;
}
