import type { ArticleSummary } from '@/lib/content/articles.server';
import { articlePath } from '@/lib/paths';

/**
 * One article in a list: what it is about and the symptoms it covers, as users would say them.
 * `headingLevel` fits the card into the page's outline (h2 under a page title, h3 under a section).
 */
export function ArticleCard({ article, headingLevel = 3 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="rounded-lg border border-border p-4">
      <Title className="text-lg font-semibold">
        <a href={articlePath(article.slug)}>
          {article.title}
        </a>
      </Title>
      <p className="mt-1 text-muted">{article.summary}</p>
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
