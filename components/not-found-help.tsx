import { SearchPageForm } from '@/components/search/search-page-form';
import { listArticles } from '@/lib/content/articles.server';
import { listWizards } from '@/lib/content/wizards.server';
import { ALL_ARTICLES_PATH, articlePath, HOME_PATH, treePath } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

/** How many articles the 404 lists; the rest are a click away on /articles and through the search form. */
const LISTED_ARTICLES = 12;

/**
 * A dead link still gets the reader somewhere useful: troubleshooters, and articles by their
 * symptoms. A link to a step that is gone offers its troubleshooter's start first.
 */
export function NotFoundHelp({ missingStepOf }: { missingStepOf?: string }) {
  const local = useLocalize();
  const all = listArticles();
  const articles = all.slice(0, LISTED_ARTICLES);
  const troubleshooters = listWizards().map(({ id, title }) => ({ id, title }));
  const treeOfStep = troubleshooters.find((tree) => tree.id === missingStepOf);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      {treeOfStep ? (
        <p role="note" className="mt-4 rounded border border-border bg-surface px-3 py-2">
          This link points to a step of <strong>{treeOfStep.title}</strong> that does not exist (any more).{' '}
          <a href={local(treePath(treeOfStep.id))}>Start that troubleshooter from the beginning</a>.
        </p>
      ) : null}
      <p className="mt-3 text-lg">
        The link may be mistyped or cut short, or the page may have moved. If someone sent you this link, what you
        need is probably one of these, or search for the symptom you are seeing.
      </p>
      <SearchPageForm query="" label="Search the site" />
      {troubleshooters.length > 0 ? (
        <>
          <h2 className="mt-8 text-xl font-semibold">Guided troubleshooters</h2>
          <ul className="mt-3 space-y-2">
            {troubleshooters.map((tree) => (
              <li key={tree.id}>
                <a href={local(treePath(tree.id))}>Start “{tree.title}” from the beginning</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="mt-8 text-xl font-semibold">Recently updated articles, by the symptoms they cover</h2>
      <ul className="mt-3 space-y-4">
        {articles.map((article) => (
          <li key={article.slug}>
            <a href={local(articlePath(article.slug))} className="font-semibold">
              {article.title}
            </a>
            <p className="text-sm text-muted">Symptoms: {article.symptoms.join('; ')}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <a href={local(ALL_ARTICLES_PATH)}>See all {all.length} articles</a>
      </p>
      <p className="mt-8">
        <a href={local(HOME_PATH)}>Go to the Fixpath home page</a>
      </p>
    </div>
  );
}
