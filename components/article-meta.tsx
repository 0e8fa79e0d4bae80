import { InlineLinkList } from '@/components/inline-link-list';
import type { ArticleSummary } from '@/lib/content/articles.server';
import { tagName } from '@/lib/content/browse';
import { PRODUCTS } from '@/lib/content/products';
import { editUrl } from '@/lib/site-config';
import { browsePagePath } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What the article covers and how fresh it is, under its title. */
export function ArticleMeta({ article }: { article: ArticleSummary }) {
  const local = useLocalize();
  return (
    <dl className="mt-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Applies to</dt>
      <dd>{article.appliesTo.join(', ')}</dd>
      <dt className="font-semibold">Last updated</dt>
      <dd>
        <time dateTime={article.updated}>{dateFormat.format(new Date(`${article.updated}T00:00:00Z`))}</time>
      </dd>
      {article.products.length > 0 ? (
        <>
          <dt className="font-semibold">Products</dt>
          <dd>
            <InlineLinkList items={article.products.map((product) => ({ href: local(browsePagePath('product', product)), label: PRODUCTS[product] }))} />
          </dd>
        </>
      ) : null}
      <dt className="font-semibold">Tags</dt>
      <dd>
        <InlineLinkList items={article.tags.map((tag) => ({ href: local(browsePagePath('tag', tag)), label: tagName(tag) }))} />
      </dd>
      <dt className="no-print font-semibold">Source</dt>
      <dd className="no-print">
        <a href={editUrl(article.sourcePath)} rel="noopener">
          Edit this page
        </a>
      </dd>
    </dl>
  );
}
