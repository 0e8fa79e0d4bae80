import { useLocale, useTranslations } from 'next-intl';
import { allArticlesPage } from '@/lib/content/all-articles-pages';
import { listArticles, type ArticleSummary } from '@/lib/content/article-list.server';
import { localizeSummaries } from '@/lib/content/localized-content.server';
import { pageLanguage } from '@/lib/i18n/page-language';
import type { ListPage } from '@/lib/content/browse-pages';
import { siteConfig } from '@/lib/site-config';
import { BrowsePagination } from './browse-pagination';
import { allArticlesPagePath, articlePath, BROWSE_FOLDERS } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

/** Page `number` of every article by title, with how many articles there are; undefined past the end. */
export function findAllArticlesPage(number: number): { page: ListPage<ArticleSummary>; total: number } | undefined {
  const articles = listArticles();
  const page = allArticlesPage(articles, number, siteConfig.allArticlesPageSize);
  return page && { page, total: articles.length };
}

/**
 * One page of every article by title: one compact link each, so a page stays light. Titles are in
 * the page's language where the article is translated, else the English ones, marked so.
 */
export function AllArticlesList({ page, total }: { page: ListPage<ArticleSummary>; total: number }) {
  const local = useLocalize();
  const { first, pageCount } = page;
  const items = localizeSummaries(page.items, pageLanguage(useLocale()));
  const t = useTranslations('Browse');
  return (
    <>
      <h1 className="mt-2 text-3xl font-bold">{t('allArticles')}</h1>
      <p className="mt-2 text-muted">
        {t.rich('allArticlesIntro', {
          total,
          paged: pageCount > 1 ? 'yes' : 'no',
          first,
          last: first + items.length - 1,
          product: (chunks) => <a href={local(BROWSE_FOLDERS.product)}>{chunks}</a>,
          tag: (chunks) => <a href={local(BROWSE_FOLDERS.tag)}>{chunks}</a>,
        })}
      </p>
      <ul className="mt-6 space-y-2 sm:columns-2 sm:gap-8">
        {items.map((article) => (
          <li key={article.slug} className="break-inside-avoid" lang={article.untranslated ? 'en' : undefined}>
            <a href={local(articlePath(article.slug))}>{article.title}</a>
          </li>
        ))}
      </ul>
      <BrowsePagination page={page.page} pageCount={pageCount} pathOf={allArticlesPagePath} />
    </>
  );
}
