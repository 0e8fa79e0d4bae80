import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleCorrections } from '@/components/article-corrections';
import { ArticleMeta } from '@/components/article-meta';
import { FeedbackWidget } from '@/components/feedback/feedback-widget';
import { feedbackWords } from '@/components/feedback/feedback-words';
import { MdxContent } from '@/components/mdx-content';
import { RelatedArticles } from '@/components/related-articles';
import { TableOfContents } from '@/components/table-of-contents';
import { TranslationNotice } from '@/components/i18n/translation-notice';
import { articleSummaries, listArticles } from '@/lib/content/articles.server';
import { articleLanguages, getLocalizedArticle, hasOwnWords, localizeSummaries } from '@/lib/content/localized-content.server';
import { pageLanguage } from '@/lib/i18n/page-language';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';
import { articlePreview } from '@/lib/link-preview';
import { siteConfig, siteName } from '@/lib/site-config';
import { articlePath, localizePath, treePath } from '@/lib/paths';

interface ArticlePageProps {
  params: Promise<{ lang: string; slug: string }>;
}

// The newest articles are rendered by `next build`; older ones on their first request, then served
// from Next's cache like the rest. Slugs no article has never get here: proxy.ts answers them with
// the site's 404 page.
export const dynamicParams = true;

// Run once per language of the layout: another language prerenders its newest translated articles
// only; its untranslated pages render on their first request (hasOwnWords).
export function generateStaticParams({ params }: { params: { lang: string } }) {
  const language = pageLanguage(params.lang);
  return listArticles()
    .filter((article) => hasOwnWords('article', article.slug, language))
    .slice(0, siteConfig.prerenderedArticles)
    .map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { lang, slug } = await params;
  const language = pageLanguage(lang);
  const localized = await getLocalizedArticle(slug, language);
  if (!localized) return {};
  const article = localized.content;
  const site = { siteName, publicUrl: siteConfig.publicUrl, language, languages: articleLanguages(slug) };
  return { title: article.title, ...articlePreview({ article, ...site }) };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const lang = await enterPageLanguage(params);
  const { slug } = await params;
  const localized = await getLocalizedArticle(slug, lang);
  if (!localized) notFound();
  const { content: article, state } = localized;
  const related = localizeSummaries(articleSummaries(article.related), lang);
  // An article not translated yet is the English one under this language's interface, marked as English.
  const contentLang = state === 'missing' ? 'en' : undefined;
  const t = await getTranslations('Article');
  const wizard = article.wizard;

  return (
    <article>
      <TranslationNotice state={state} sourceHref={articlePath(article.slug)} />
      {/* Only the article's own words are marked: the labels around them are the page's language. */}
      <header>
        <h1 className="text-3xl font-bold" lang={contentLang}>
          {article.title}
        </h1>
        <p className="mt-2 text-lg text-muted" lang={contentLang}>
          {article.summary}
        </p>
        <ArticleMeta article={article} contentLang={contentLang} />
        <ArticleCorrections corrections={article.corrections} contentLang={contentLang} />
        {wizard ? (
          <p className="no-print mt-4 rounded-lg border border-border bg-surface px-4 py-3">
            {t.rich('notSure', {
              start: (chunks) => (
                <a href={localizePath(lang, treePath(wizard))} className="font-semibold">
                  {chunks}
                </a>
              ),
            })}
          </p>
        ) : null}
      </header>
      <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <aside aria-label={t('navigation')} className="lg:col-start-2 lg:row-start-1">
          <div className="lg:sticky lg:top-4">
            <TableOfContents anchors={article.anchors} contentLang={contentLang} />
          </div>
        </aside>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <div className="prose max-w-none" lang={contentLang}>
            <MdxContent code={article.code} />
          </div>
          <RelatedArticles articles={related} />
          <FeedbackWidget
            subject={{ kind: 'article', article: article.slug }}
            question={t('feedbackQuestion')}
            back={localizePath(lang, articlePath(article.slug))}
            words={await feedbackWords()}
            language={lang}
          />
        </div>
      </div>
    </article>
  );
}
