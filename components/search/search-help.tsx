import { useTranslations } from 'next-intl';
import { ALL_ARTICLES_PATH, searchPath, TREES_PATH } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

/** A search worth trying: a symptom an article lists, with `lang` when it is not in the page's language. */
export interface ExampleSearch {
  words: string;
  lang?: string;
}

/** Searches worth trying, as links that work without JavaScript. */
function ExampleSearches({ examples }: { examples: readonly ExampleSearch[] }) {
  const local = useLocalize();
  const t = useTranslations('Search');
  if (examples.length === 0) return null;
  return (
    <>
      <p className="mt-4">{t('forExample')}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {examples.map(({ words, lang }) => (
          <li key={words} lang={lang}>
            <a href={local(searchPath(words))}>{words}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function BrowseInstead() {
  const local = useLocalize();
  const t = useTranslations('Search');
  return (
    <p className="mt-6">
      {t.rich('browseInstead', {
        all: (chunks) => <a href={local(ALL_ARTICLES_PATH)}>{chunks}</a>,
        trees: (chunks) => <a href={local(TREES_PATH)}>{chunks}</a>,
      })}
    </p>
  );
}

/** What /search shows before anything is typed. */
export function EmptySearchHelp({ examples }: { examples: readonly ExampleSearch[] }) {
  const t = useTranslations('Search');
  return (
    <section aria-labelledby="search-help-heading" className="mt-6">
      <h2 id="search-help-heading" className="text-xl font-semibold">
        {t('emptyHeading')}
      </h2>
      <p className="mt-2">{t('emptyHelp')}</p>
      <ExampleSearches examples={examples} />
      <BrowseInstead />
    </section>
  );
}

/** What /search shows when nothing matched, with ways forward. */
export function NoResultsHelp({ query, examples }: { query: string; examples: readonly ExampleSearch[] }) {
  const t = useTranslations('Search');
  return (
    <section aria-labelledby="no-results-heading" className="mt-6">
      <h2 id="no-results-heading" className="text-xl font-semibold">
        {t('noResultsHeading', { query })}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t('tipFewerWords')}</li>
        <li>{t('tipSpelling')}</li>
        <li>{t('tipDescribe')}</li>
      </ul>
      <ExampleSearches examples={examples} />
      <BrowseInstead />
    </section>
  );
}
