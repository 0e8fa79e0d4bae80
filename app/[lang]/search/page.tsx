import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { after, userAgent } from 'next/server';
import { EmptySearchHelp, NoResultsHelp } from '@/components/search/search-help';
import { SearchPageForm } from '@/components/search/search-page-form';
import { RecordOpenedResults } from '@/components/search/record-opened-results';
import { SearchResultList } from '@/components/search/search-result-list';
import { listArticles } from '@/lib/content/articles.server';
import { sitePageSearchRecorder } from '@/lib/feedback/page-search-record.server';
import { searchSite } from '@/lib/search/query';
import { getSiteSearch } from '@/lib/search/site-search.server';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface SearchPageProps {
  searchParams: Promise<{ q?: string | string[] }>;
}

const PAGE_LIMITS = { limit: 30, perPage: 6 };

function queryOf(q: string | string[] | undefined): string {
  return (Array.isArray(q) ? q[0] : q)?.trim() ?? '';
}

function resultCount(count: number): string {
  if (count >= PAGE_LIMITS.limit) return `The ${count} best results`;
  return count === 1 ? '1 result' : `${count} results`;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = queryOf((await searchParams).q);
  // Result pages are endless variations of the same content: keep them out of search engines.
  return { title: query ? `Search: ${query}` : 'Search', robots: { index: false } };
}

/** Results rendered on the server, so the header's plain form works without JavaScript. */
export default async function SearchPage({ params, searchParams }: SearchPageProps & { params: Promise<{ lang: string }> }) {
  const lang = await enterPageLanguage(params);
  const query = queryOf((await searchParams).q);
  const hits = query ? searchSite(await getSiteSearch(), query, PAGE_LIMITS) : [];
  if (query) {
    // Counted for /insights ("what readers looked for and did not find") after the page is sent.
    const requestHeaders = await headers();
    const { isBot } = userAgent({ headers: requestHeaders });
    after(() => sitePageSearchRecorder()({ query, results: hits.length, language: lang, headers: requestHeaders, isBot }));
  }
  // Examples come from the content itself: the symptoms authors wrote as users would type them.
  const examples = listArticles()
    .flatMap((article) => article.symptoms)
    .slice(0, 4);

  return (
    <>
      <h1 className="text-3xl font-bold">{query ? `Search results for “${query}”` : 'Search'}</h1>
      <SearchPageForm query={query} />
      {query === '' ? (
        <EmptySearchHelp examples={examples} />
      ) : hits.length === 0 ? (
        <NoResultsHelp query={query} examples={examples} />
      ) : (
        <>
          <p className="mt-6 text-muted">
            {resultCount(hits.length)}, best match first. Each result opens the section
            it was found in.
          </p>
          <RecordOpenedResults query={query} language={lang}>
            <SearchResultList hits={hits} />
          </RecordOpenedResults>
        </>
      )}
    </>
  );
}
