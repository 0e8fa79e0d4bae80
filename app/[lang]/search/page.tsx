import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { after, userAgent } from 'next/server';
import { EmptySearchHelp, NoResultsHelp } from '@/components/search/search-help';
import { SearchPageForm } from '@/components/search/search-page-form';
import { RecordOpenedResults } from '@/components/search/record-opened-results';
import { SearchResultList } from '@/components/search/search-result-list';
import { listArticles } from '@/lib/content/articles.server';
import { localizeSummaries } from '@/lib/content/localized-content.server';
import { sitePageSearchRecorder } from '@/lib/feedback/page-search-record.server';
import { searchSiteIn } from '@/lib/search/site-search.server';
import { hitWordsOf } from '@/components/search/hit-words';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface SearchPageProps {
  searchParams: Promise<{ q?: string | string[] }>;
}

const PAGE_LIMITS = { limit: 30, perPage: 6 };

function queryOf(q: string | string[] | undefined): string {
  return (Array.isArray(q) ? q[0] : q)?.trim() ?? '';
}


export async function generateMetadata({ params, searchParams }: SearchPageProps & { params: Promise<{ lang: string }> }): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const query = queryOf((await searchParams).q);
  const t = await getTranslations('Search');
  // Result pages are endless variations of the same content: keep them out of search engines.
  return { title: query ? t('titleWithQuery', { query }) : t('title'), robots: { index: false } };
}

/** Results rendered on the server, so the header's plain form works without JavaScript. */
export default async function SearchPage({ params, searchParams }: SearchPageProps & { params: Promise<{ lang: string }> }) {
  const lang = await enterPageLanguage(params);
  const query = queryOf((await searchParams).q);
  const hitText = await getTranslations('SearchHits');
  const hits = query ? await searchSiteIn(lang, query, PAGE_LIMITS, hitWordsOf((key) => hitText.raw(key))) : [];
  const t = await getTranslations('Search');
  if (query) {
    // Counted for /insights ("what readers looked for and did not find") after the page is sent.
    const requestHeaders = await headers();
    const { isBot } = userAgent({ headers: requestHeaders });
    after(() => sitePageSearchRecorder()({ query, results: hits.length, language: lang, headers: requestHeaders, isBot }));
  }
  // Examples come from the content itself: the symptoms authors wrote as users would type them.
  const examples = localizeSummaries(listArticles(), lang)
    .flatMap((article) => article.symptoms.map((words) => ({ words, lang: article.untranslated ? 'en' : undefined })))
    .slice(0, 4);

  return (
    <>
      <h1 className="text-3xl font-bold">{query ? t('headingWithQuery', { query }) : t('title')}</h1>
      <SearchPageForm query={query} />
      {query === '' ? (
        <EmptySearchHelp examples={examples} />
      ) : hits.length === 0 ? (
        <NoResultsHelp query={query} examples={examples} />
      ) : (
        <>
          <p className="mt-6 text-muted">
            {hits.length >= PAGE_LIMITS.limit ? t('bestResults', { count: hits.length }) : t('results', { count: hits.length })}
          </p>
          <RecordOpenedResults query={query} language={lang}>
            <SearchResultList hits={hits} />
          </RecordOpenedResults>
        </>
      )}
    </>
  );
}
