import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AllArticlesList, findAllArticlesPage } from '@/components/browse/all-articles-list';
import { laterAllArticlesPages } from '@/lib/content/all-articles-pages';
import { listArticles } from '@/lib/content/articles.server';
import { parsePageNumber } from '@/lib/content/browse-pages';
import { siteConfig } from '@/lib/site-config';

interface AllArticlesLaterPageProps {
  params: Promise<{ number: string }>;
}

// Every page is rendered at build time (ten at 1,000 articles). proxy.ts sends page 1 and pages
// past the end to pages that exist and answers other numbers with the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return laterAllArticlesPages(listArticles().length, siteConfig.allArticlesPageSize).map((number) => ({ number: String(number) }));
}

const findPage = (number: string) => findAllArticlesPage(parsePageNumber(number) ?? 0);

export async function generateMetadata({ params }: AllArticlesLaterPageProps): Promise<Metadata> {
  const found = findPage((await params).number);
  return { title: found ? `All articles, page ${found.page.page} of ${found.page.pageCount}` : 'Page not found' };
}

export default async function AllArticlesLaterPage({ params }: AllArticlesLaterPageProps) {
  const found = findPage((await params).number);
  if (!found) notFound();
  return <AllArticlesList page={found.page} total={found.total} />;
}
