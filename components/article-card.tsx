import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content/articles.server';

/** One article in a list: what it is about and the symptoms it covers, as users would say them. */
export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="rounded-lg border border-border p-4">
      <h3 className="text-lg font-semibold">
        <Link href={`/articles/${article.slug}`}>{article.title}</Link>
      </h3>
      <p className="mt-1 text-muted">{article.summary}</p>
      <h4 className="sr-only">Symptoms</h4>
      <ul className="mt-3 flex flex-wrap gap-2" aria-label={`Symptoms covered by ${article.title}`}>
        {article.symptoms.map((symptom) => (
          <li key={symptom} className="rounded-full bg-surface px-3 py-1 text-sm">
            {symptom}
          </li>
        ))}
      </ul>
    </article>
  );
}
