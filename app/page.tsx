import { ArticleCard } from '@/components/article-card';
import { listArticles } from '@/lib/content/articles.server';

export default function HomePage() {
  const articles = listArticles();
  return (
    <>
      <section aria-labelledby="intro-heading" className="mb-10">
        <h1 id="intro-heading" className="text-3xl font-bold">
          Fix Windows sign-in problems on your intranet sites
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-muted">
          Fixpath explains why Windows Integrated Authentication fails, how to confirm the cause and how to fix
          it, with every step linkable so a helpdesk agent can paste the exact one into a ticket.
        </p>
      </section>

      <section aria-labelledby="articles-heading" id="articles">
        <h2 id="articles-heading" className="text-2xl font-semibold">
          Articles
        </h2>
        <ul className="mt-4 grid gap-4">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
