import { useTranslations } from 'next-intl';
import type { ChangedQuestionNotice as Notice } from '@/lib/wizard/retired';

/**
 * Tells a user who followed an older link that a question it answered has changed, and which of
 * its later answers were dropped. A region with its own heading (GOV.UK's notification banner), so
 * it is found by headings and landmarks, and read before the question it is about.
 */
export function ChangedQuestionNotice({ notice, contentLang }: { notice: Notice; contentLang?: string }) {
  const t = useTranslations('Wizard');
  return (
    <section aria-labelledby="changed-question-title" className="mt-3 rounded border border-border border-l-4 bg-surface px-4 py-3">
      <h2 id="changed-question-title" className="text-lg font-semibold">
        {t('changedHeading')}
      </h2>
      <p className="mt-2">{t.rich('changedText', { question: notice.question, name: (chunks) => <span lang={contentLang}>{chunks}</span> })}</p>
      {notice.dropped.length > 0 ? (
        <>
          <p className="mt-2">{t('changedDropped')}</p>
          <ul className="mt-1 list-disc pl-6">
            {notice.dropped.map((dropped, index) => (
              <li key={index}>
                {/* The tree's words (English, marked, where it has no translation); an unknown answer is the link's own id. */}
                <span lang={contentLang}>{dropped.question}</span>: {dropped.known ? <span lang={contentLang}>{dropped.answer}</span> : <code>{dropped.answer}</code>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
