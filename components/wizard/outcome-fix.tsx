import { getTranslations } from 'next-intl/server';
import { MdxContent } from '@/components/mdx-content';
import { mdxComponents } from '@/components/mdx/mdx-components';
import { Step, type StepProps } from '@/components/mdx/step';
import { TranslationNotice } from '@/components/i18n/translation-notice';
import { contentLangOf, getLocalizedArticleProcedure } from '@/lib/content/localized-content.server';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { OutcomeFix as OutcomeFixReference } from '@/lib/wizard/schema';
import { articlePath, localizePath } from '@/lib/paths';

/** The article's components, with steps whose links say they leave the troubleshooter for the article. */
const OUTCOME_FIX_COMPONENTS = { ...mdxComponents, Step: (props: StepProps) => <Step {...props} outsideArticle /> };

/**
 * The fix steps of an outcome, compiled from the article's own procedure (one source, never a
 * copy), with the way to the full article. Step links point into the article. The article link is a
 * plain link, as everywhere outside the troubleshooter's own steps: Next's Link fetched the whole
 * article's payload on every outcome page view; speculation rules fetch it when the reader reaches for it.
 */
export async function OutcomeFix({ fix, language }: { fix: OutcomeFixReference; language: SiteLanguage }) {
  const found = await getLocalizedArticleProcedure(fix.article, fix.procedure, language);
  const articleHref = localizePath(language, articlePath(fix.article, fix.procedure));
  const t = await getTranslations('Wizard');
  // An article with no translation in the page's language lends its English words, marked as such.
  const contentLang = found ? contentLangOf(found.state) : undefined;
  return (
    <section aria-labelledby="fix-heading" className="mt-8">
      <h2 id="fix-heading" className="text-2xl font-semibold" lang={contentLang}>
        {found ? found.procedure.title : t('howToFix')}
      </h2>
      {/* A translation of an older English text: the steps may have changed since, as its article page says too. */}
      {found?.state === 'stale' ? <TranslationNotice state="stale" sourceHref={articlePath(fix.article, fix.procedure)} headingLevel={3} /> : null}
      {found ? (
        <div className="prose mt-4 max-w-none" lang={contentLang}>
          <MdxContent code={found.code} components={OUTCOME_FIX_COMPONENTS} />
        </div>
      ) : null}
      <p className="mt-4">
        <a href={articleHref}>
          {found ? t.rich('readFullArticle', { title: found.article.title, name: (chunks) => <span lang={contentLang}>{chunks}</span> }) : t('readFixInArticle')}
        </a>
      </p>
    </section>
  );
}
