import { getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/article-card';
import { LanguageSuggestion, type SuggestionWords } from '@/components/i18n/language-suggestion';
import { listArticles } from '@/lib/content/articles.server';
import { contentLangOf, listLocalizedWizards, localizeSummaries } from '@/lib/content/localized-content.server';
import { catalogueOf } from '@/lib/i18n/messages';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';
import { PUBLIC_SITE_LANGUAGES, type SiteLanguage } from '@/lib/i18n/site-languages';
import { ALL_ARTICLES_PATH, BROWSE_FOLDERS, HOME_PATH, localizePath, treePath } from '@/lib/paths';

/** The offer of every other language, each in its own words, for a browser that prefers it. */
function languageOffers(current: SiteLanguage): Partial<Record<SiteLanguage, SuggestionWords>> {
  return Object.fromEntries(
    PUBLIC_SITE_LANGUAGES.filter((language) => language !== current).map((language) => [
      language,
      { ...catalogueOf(language).LanguageSuggestion, href: localizePath(language, HOME_PATH) },
    ]),
  );
}

/** The home page stays light however large the site grows: the newest articles, then ways to browse. */
// As many as `next build` renders ahead by default (FIXPATH_PRERENDER_ARTICLES), so each is ready.
const RECENT_ARTICLES = 12;

export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await enterPageLanguage(params);
  const local = (path: string) => localizePath(lang, path);
  const all = listArticles();
  const articles = localizeSummaries(all.slice(0, RECENT_ARTICLES), lang);
  const troubleshooters = listLocalizedWizards(lang);
  const t = await getTranslations('Home');
  return (
    <>
      <LanguageSuggestion current={lang} offers={languageOffers(lang)} />
      <section aria-labelledby="intro-heading" className="mb-10">
        <h1 id="intro-heading" className="text-3xl font-bold">
          {t('heading')}
        </h1>
        <p className="mt-3 max-w-3xl text-lg text-muted">{t('intro')}</p>
      </section>

      {troubleshooters.length > 0 ? (
        <section aria-labelledby="troubleshooters-heading" className="mb-10 rounded-lg border-2 border-link p-5">
          <h2 id="troubleshooters-heading" className="text-2xl font-semibold">
            {t('troubleshootersHeading')}
          </h2>
          <ul className="mt-3 space-y-3">
            {troubleshooters.map(({ content: tree, state }) => (
              <li key={tree.id} lang={contentLangOf(state)}>
                <a href={local(treePath(tree.id))} className="text-lg font-semibold">
                  {tree.title}
                </a>
                <p className="text-muted">{tree.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="articles-heading" id="articles">
        <h2 id="articles-heading" className="text-2xl font-semibold">
          {t('recentHeading')}
        </h2>
        <p className="mt-1 text-sm">
          {t.rich('seeAll', {
            count: all.length,
            all: (chunks) => <a href={local(ALL_ARTICLES_PATH)}>{chunks}</a>,
            product: (chunks) => <a href={local(BROWSE_FOLDERS.product)}>{chunks}</a>,
            tag: (chunks) => <a href={local(BROWSE_FOLDERS.tag)}>{chunks}</a>,
          })}
        </p>
        <ul className="mt-4 grid gap-4">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
