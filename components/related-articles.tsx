import { useTranslations } from 'next-intl';
import type { ArticleSummary } from '@/lib/content/articles.server';
import { articlePath } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

/** Other articles the author linked as related; unknown slugs never reach here (content check). */
export function RelatedArticles({ articles }: { articles: ArticleSummary[] }) {
  const local = useLocalize();
  const t = useTranslations('Article');
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="site-chrome mt-12 border-t border-border pt-6">
      <h2 id="related-heading" className="text-xl font-semibold">
        {t('related')}
      </h2>
      <ul className="mt-3 space-y-2">
        {articles.map((article) => (
          <li key={article.slug} lang={article.untranslated ? 'en' : undefined}>
            <a href={local(articlePath(article.slug))}>{article.title}</a>
            <p className="text-sm text-muted">{article.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
