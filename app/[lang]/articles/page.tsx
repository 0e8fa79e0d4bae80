import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AllArticlesList, findAllArticlesPage } from '@/components/browse/all-articles-list';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  return { title: (await getTranslations('Browse'))('allArticles') };
}

/** The first page of every article by title; the header's "Articles" link. */
export default async function AllArticlesPage({ params }: { params: Promise<{ lang: string }> }) {
  await enterPageLanguage(params);
  const found = findAllArticlesPage(1);
  if (!found) notFound();
  return <AllArticlesList page={found.page} total={found.total} />;
}
