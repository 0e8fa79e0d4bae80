import { notFound } from 'next/navigation';
import { AllArticlesList } from '@/components/browse/all-articles-list';
import { allArticlesPage } from '@/lib/content/all-articles-pages';
import { listArticles } from '@/lib/content/articles.server';
import { siteConfig } from '@/lib/site-config';

export const metadata = { title: 'All articles' };

/** The first page of every article by title; the header's "Articles" link. */
export default function AllArticlesPage() {
  const articles = listArticles();
  const page = allArticlesPage(articles, 1, siteConfig.allArticlesPageSize);
  if (!page) notFound();
  return <AllArticlesList page={page} total={articles.length} />;
}
