import { useLocale, useTranslations } from 'next-intl';
import { InlineLinkList } from '@/components/inline-link-list';
import type { ArticleSummary } from '@/lib/content/articles.server';
import { tagName } from '@/lib/content/browse';
import { PRODUCTS } from '@/lib/content/products';
import { formatDay } from '@/lib/i18n/format';
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import { editUrl } from '@/lib/site-config';
import { browsePagePath } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

/** What the article covers and how fresh it is, under its title; `contentLang` marks its own words when they are not in the page's language. */
export function ArticleMeta({ article, contentLang }: { article: ArticleSummary; contentLang?: string }) {
  const local = useLocalize();
  const t = useTranslations('ArticleMeta');
  const language = useLocale();
  return (
    <dl className="mt-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">{t('appliesTo')}</dt>
      <dd lang={contentLang}>{article.appliesTo.join(', ')}</dd>
      <dt className="font-semibold">{t('lastUpdated')}</dt>
      <dd>
        <time dateTime={article.updated}>{formatDay(article.updated, language)}</time>
      </dd>
      {article.products.length > 0 ? (
        <>
          <dt className="font-semibold">{t('products')}</dt>
          <dd>
            {/* Product names are names, the same in every language. */}
            <InlineLinkList translate="no" items={article.products.map((product) => ({ href: local(browsePagePath('product', product)), label: PRODUCTS[product] }))} />
          </dd>
        </>
      ) : null}
      <dt className="font-semibold">{t('tags')}</dt>
      <dd>
        {/* Tags are the content's English words, which have no translation. */}
        <InlineLinkList lang={language === SOURCE_LANGUAGE ? undefined : SOURCE_LANGUAGE} items={article.tags.map((tag) => ({ href: local(browsePagePath('tag', tag)), label: tagName(tag) }))} />
      </dd>
      <dt className="no-print font-semibold">{t('source')}</dt>
      <dd className="no-print">
        <a href={editUrl(repositoryFileOf(article.sourcePath))} rel="noopener">
          {t('edit')}
        </a>
      </dd>
    </dl>
  );
}

/**
 * Where the article's file lives in the repository: content/articles/, whichever folder this
 * server was built from (CONTENT_DIR); a translated page's file is its translation.
 */
function repositoryFileOf(sourcePath: string): string {
  return `content/articles/${sourcePath.split(/[\\/]/).pop() ?? sourcePath}`;
}
