import { useTranslations } from 'next-intl';
import type { TranslationState } from '@/lib/content/localized-content.server';

/**
 * Says when a page in a language is not (quite) that language's: its content is not translated yet
 * and shows in English, or its translation was written for an older English text. Links to the
 * English page, which is always current. `headingLevel` 3 where it sits inside a section (an outcome's fix).
 */
export function TranslationNotice({ state, sourceHref, headingLevel = 2 }: { state: TranslationState; sourceHref: string; headingLevel?: 2 | 3 }) {
  const t = useTranslations('TranslationNotice');
  if (state !== 'missing' && state !== 'stale') return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section aria-labelledby="translation-notice" className="callout callout-note translation-notice mt-4" data-translation={state}>
      <Heading id="translation-notice" className="callout-label">
        {state === 'missing' ? t('missingTitle') : t('staleTitle')}
      </Heading>
      <p>
        {state === 'missing' ? t('missing') : t('stale')}{' '}
        <a href={sourceHref} hrefLang="en" lang="en">
          {t('readSource')}
        </a>
      </p>
    </section>
  );
}
