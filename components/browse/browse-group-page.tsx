import Link from 'next/link';
import { ArticleCard } from '@/components/article-card';
import type { BrowseGroup } from '@/lib/content/browse';

/** The articles filed under one tag or product. */
export function BrowseGroupPage({ group, kind, backHref }: { group: BrowseGroup; kind: 'Tag' | 'Product'; backHref: string }) {
  return (
    <>
      <p className="text-sm">
        <Link href={backHref}>All {kind === 'Tag' ? 'tags' : 'products'}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {kind}: {group.name}
      </h1>
      <p className="mt-2 text-muted">
        {group.articles.length} {group.articles.length === 1 ? 'article' : 'articles'}
      </p>
      <ul className="mt-6 grid gap-4">
        {group.articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} headingLevel={2} />
          </li>
        ))}
      </ul>
    </>
  );
}
