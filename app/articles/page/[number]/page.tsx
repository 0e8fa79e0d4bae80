import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AllArticlesList, findAllArticlesPage } from '@/components/browse/all-articles-list';
import { parsePageNumber } from '@/lib/content/browse-pages';

interface AllArticlesLaterPageProps {
  params: Promise<{ number: string }>;
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
  const found = findPage((await params).number);
  if (!found) return { title: (await getTranslations('NotFound'))('title') };
  return { title: (await getTranslations('Browse'))('allArticlesPage', { page: found.page.page, count: found.page.pageCount }) };
}

export default async function AllArticlesLaterPage({ params }: AllArticlesLaterPageProps) {
  const found = findPage((await params).number);
  if (!found) notFound();
  return <AllArticlesList page={found.page} total={found.total} />;
}
