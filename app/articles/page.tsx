import Link from 'next/link';
import { listArticles } from '@/lib/content/articles.server';

export const metadata = { title: 'All articles' };

/** Every article by title: one compact link each, so the list stays light at a thousand articles. */
export default function AllArticlesPage() {
  const articles = [...listArticles()].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return (
    <>
      <h1 className="text-3xl font-bold">All articles</h1>
      <p className="mt-2 text-muted">
        {articles.length} articles, by title. You can also browse <Link href="/products">by product</Link> or{' '}
        <Link href="/tags">by tag</Link>, or search from the box at the top of the page.
      </p>
      <ul className="mt-6 space-y-2 sm:columns-2 sm:gap-8">
        {articles.map((article) => (
          <li key={article.slug} className="break-inside-avoid">
            <Link href={`/articles/${article.slug}`} prefetch={false}>
              {article.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
