import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AllArticlesList, findAllArticlesPage } from '@/components/browse/all-articles-list';
import { parsePageNumber } from '@/lib/content/browse-pages';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface AllArticlesLaterPageProps {
  params: Promise<{ lang: string; number: string }>;
}

// Rendered on first request and cached: each page rendered ahead is rendered again by every build.
// proxy.ts sends page 1 and pages past the end to pages that exist and answers other numbers with the
// 404 page before this renders.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

const findPage = (number: string) => findAllArticlesPage(parsePageNumber(number) ?? 0);

export async function generateMetadata({ params }: AllArticlesLaterPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const found = findPage((await params).number);
  if (!found) return { title: (await getTranslations('NotFound'))('title') };
  return { title: (await getTranslations('Browse'))('allArticlesPage', { page: found.page.page, count: found.page.pageCount }) };
}

export default async function AllArticlesLaterPage({ params }: AllArticlesLaterPageProps) {
  await enterPageLanguage(params);
  const found = findPage((await params).number);
  if (!found) notFound();
  return <AllArticlesList page={found.page} total={found.total} />;
}
