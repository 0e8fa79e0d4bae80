import { useTranslations } from 'next-intl';
import type { ArticleSummary } from '@/lib/content/articles.server';
import { articlePath, searchPath } from '@/lib/paths';
import { useLocalize } from '@/components/i18n/use-localize';

/**
 * One article in a list: what it is about and the symptoms it covers, as users would say them. Each
 * symptom is a search for it (a plain GET link, so it works without JavaScript): it finds this
 * article and any other that covers the same symptom.
 * `headingLevel` fits the card into the page's outline (h2 under a page title, h3 under a section).
 */
export function ArticleCard({ article, headingLevel = 3 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const local = useLocalize();
  const t = useTranslations('Article');
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  // An untranslated article's words are English in a list in another language.
  const contentLang = article.untranslated ? 'en' : undefined;
  return (
    <article className="rounded-lg border border-border p-4">
      <Title className="text-lg font-semibold" lang={contentLang}>
        <a href={local(articlePath(article.slug))}>
          {article.title}
        </a>
      </Title>
      <p className="mt-1 text-muted" lang={contentLang}>
        {article.summary}
      </p>
      <ul className="mt-3 flex flex-wrap gap-2" lang={contentLang} aria-label={t('symptomsOf', { title: article.title })}>
        {article.symptoms.map((symptom) => (
          <li key={symptom}>
            <a href={local(searchPath(symptom))} className="inline-block rounded-full bg-surface px-3 py-1 text-sm">
              {symptom}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
