import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AllArticlesList, findAllArticlesPage } from '@/components/browse/all-articles-list';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Browse'))('allArticles') };
}

/** The first page of every article by title; the header's "Articles" link. */
export default function AllArticlesPage() {
  const found = findAllArticlesPage(1);
  if (!found) notFound();
  return <AllArticlesList page={found.page} total={found.total} />;
}
