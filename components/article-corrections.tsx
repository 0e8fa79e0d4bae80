import { useLocale, useTranslations } from 'next-intl';
import type { Correction } from '@/lib/content/article-schema';
import { formatDay } from '@/lib/i18n/format';

/**
 * The article's corrections, newest first, under its title: someone who followed the earlier advice
 * learns what changed and what to do about it before reading on. Each note is a headed region, so it
 * is found by heading navigation and named for screen readers; the word "Corrected" carries the
 * meaning, never the colour alone.
 */
export function ArticleCorrections({ corrections, contentLang }: { corrections: readonly Correction[]; contentLang?: string }) {
  const t = useTranslations('Corrections');
  const language = useLocale();
  if (corrections.length === 0) return null;
  const newestFirst = [...corrections].sort((a, b) => b.date.localeCompare(a.date));
  const seen = new Map<string, number>();
  return (
    <div className="corrections mt-6 flex flex-col gap-3">
      {newestFirst.map((correction) => {
        // A stable id per date, so a correction can be linked to; a second on one day gets a suffix.
        const count = (seen.get(correction.date) ?? 0) + 1;
        seen.set(correction.date, count);
        const id = `corrected-${correction.date}${count > 1 ? `-${count}` : ''}`;
        return (
          <section key={id} aria-labelledby={id} className="callout callout-warning correction">
            <h2 id={id} className="callout-label correction-title">
              {t.rich('correctedOn', { date: formatDay(correction.date, language), time: (chunks) => <time dateTime={correction.date}>{chunks}</time> })}
            </h2>
            <p className="correction-changed" lang={contentLang}>
              {correction.changed}
            </p>
            <p className="correction-if-followed">
              <strong>{t('ifFollowed')}</strong> {contentLang ? <span lang={contentLang}>{correction.ifYouFollowed}</span> : correction.ifYouFollowed}
            </p>
          </section>
        );
      })}
    </div>
  );
}
