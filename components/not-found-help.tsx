import { useTranslations } from 'next-intl';
import { SearchPageForm } from '@/components/search/search-page-form';
import { listArticles } from '@/lib/content/articles.server';
import { contentLangOf, listLocalizedWizards, localizeSummaries } from '@/lib/content/localized-content.server';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { ALL_ARTICLES_PATH, articlePath, HOME_PATH, treePath } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';
import { siteName } from '@/lib/site-config';

/** How many articles the 404 lists; the rest are a click away on /articles and through the search form. */
const LISTED_ARTICLES = 12;

/**
 * A dead link still gets the reader somewhere useful: troubleshooters, and articles by their
 * symptoms, in the page's language (their English words, marked so, where they have no translation).
 * A link to a step that is gone offers its troubleshooter's start first.
 */
export function NotFoundHelp({ lang, missingStepOf }: { lang: SiteLanguage; missingStepOf?: string }) {
  const local = useLocalize();
  const all = listArticles();
  const articles = localizeSummaries(all.slice(0, LISTED_ARTICLES), lang);
  const troubleshooters = listLocalizedWizards(lang).map(({ content, state }) => ({ id: content.id, title: content.title, lang: contentLangOf(state) }));
  const treeOfStep = troubleshooters.find((tree) => tree.id === missingStepOf);
  const t = useTranslations('NotFound');
  const tSearch = useTranslations('Search');
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{t('heading')}</h1>
      {treeOfStep ? (
        <p role="note" className="mt-4 rounded border border-border bg-surface px-3 py-2">
          {t.rich('missingStep', {
            tree: treeOfStep.title,
            strong: (chunks) => <strong lang={treeOfStep.lang}>{chunks}</strong>,
            start: (chunks) => <a href={local(treePath(treeOfStep.id))}>{chunks}</a>,
          })}
        </p>
      ) : null}
      <p className="mt-3 text-lg">{t('mayHaveMovedHelp')}</p>
      <SearchPageForm query="" label={tSearch('siteLandmark')} />
      {troubleshooters.length > 0 ? (
        <>
          <h2 className="mt-8 text-xl font-semibold">{t('troubleshooters')}</h2>
          <ul className="mt-3 space-y-2">
            {troubleshooters.map((tree) => (
              <li key={tree.id}>
                <a href={local(treePath(tree.id))}>{t.rich('startTree', { tree: tree.title, name: (chunks) => <span lang={tree.lang}>{chunks}</span> })}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 className="mt-8 text-xl font-semibold">{t('recentHeading')}</h2>
      <ul className="mt-3 space-y-4">
        {articles.map((article) => (
          <li key={article.slug}>
            <a href={local(articlePath(article.slug))} className="font-semibold" lang={article.untranslated ? 'en' : undefined}>
              {article.title}
            </a>
            <p className="text-sm text-muted">
              {t.rich('symptoms', { symptoms: article.symptoms.join('; '), list: (chunks) => <span lang={article.untranslated ? 'en' : undefined}>{chunks}</span> })}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <a href={local(ALL_ARTICLES_PATH)}>{t('seeAll', { count: all.length })}</a>
      </p>
      <p className="mt-8">
        <a href={local(HOME_PATH)}>{t('goHome', { site: siteName })}</a>
      </p>
    </div>
  );
}
