import { useLocale, useTranslations } from 'next-intl';
import { ArticleCard } from '@/components/article-card';
import { BROWSE_KINDS, type BrowsePage } from '@/lib/content/browse-pages';
import { BrowsePagination } from './browse-pagination';
import { browsePagePath, type BrowseKind } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';
import { localizeSummaries } from '@/lib/content/localized-content.server';
import { pageLanguage } from '@/lib/i18n/page-language';

/** One page of the articles filed under a tag or product, newest first. */
export function BrowseGroupPage({ kind, page }: { kind: BrowseKind; page: BrowsePage }) {
  const local = useLocalize();
  const { basePath } = BROWSE_KINDS[kind];
  const t = useTranslations('Browse');
  const { group, first, pageCount } = page;
  // Each card in the page's language where the article is translated (ArticleCard marks the English ones).
  const articles = localizeSummaries(page.articles, pageLanguage(useLocale()));
  const total = group.articles.length;
  return (
    <>
      <p className="text-sm">
        <a href={local(basePath)}>{t('allOfKind', { kind })}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {t('group', { kind, name: group.name })}
      </h1>
      <p className="mt-2 text-muted">
        {t('groupCount', { total, paged: pageCount > 1 ? 'yes' : 'no', first, last: first + articles.length - 1 })}
      </p>
      <ul className="mt-6 grid gap-4">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} headingLevel={2} />
          </li>
        ))}
      </ul>
      <BrowsePagination page={page.page} pageCount={pageCount} pathOf={(number) => browsePagePath(kind, group.slug, number)} />
    </>
  );
}
