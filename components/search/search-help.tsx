import { ALL_ARTICLES_PATH, searchPath, TREES_PATH } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

/** Searches worth trying, as links that work without JavaScript. */
function ExampleSearches({ examples }: { examples: readonly string[] }) {
  const local = useLocalize();
  if (examples.length === 0) return null;
  return (
    <>
      <p className="mt-4">For example:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {examples.map((example) => (
          <li key={example}>
            <a href={local(searchPath(example))}>{example}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

function BrowseInstead() {
  const local = useLocalize();
  return (
    <p className="mt-6">
      You can also <a href={local(ALL_ARTICLES_PATH)}>browse all articles</a> or, if you are not sure what is wrong,{' '}
      <a href={local(TREES_PATH)}>answer a few questions in a guided troubleshooter</a>.
    </p>
  );
}

/** What /search shows before anything is typed. */
export function EmptySearchHelp({ examples }: { examples: readonly string[] }) {
  return (
    <section aria-labelledby="search-help-heading" className="mt-6">
      <h2 id="search-help-heading" className="text-xl font-semibold">
        What to search for
      </h2>
      <p className="mt-2">
        Type what you see: a symptom in your own words, the text of an error message, an error code such as 401, or the
        name of a setting.
      </p>
      <ExampleSearches examples={examples} />
      <BrowseInstead />
    </section>
  );
}

/** What /search shows when nothing matched, with ways forward. */
export function NoResultsHelp({ query, examples }: { query: string; examples: readonly string[] }) {
  return (
    <section aria-labelledby="no-results-heading" className="mt-6">
      <h2 id="no-results-heading" className="text-xl font-semibold">
        Nothing matched “{query}”
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>Use fewer words: the error code or the setting name alone often finds it.</li>
        <li>Check the spelling of product and setting names; small typos are forgiven, longer ones are not.</li>
        <li>Describe what you see rather than what you think the cause is.</li>
      </ul>
      <ExampleSearches examples={examples} />
      <BrowseInstead />
    </section>
  );
}
