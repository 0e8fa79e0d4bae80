import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CommentFields, feedbackButtonClass } from '@/components/feedback/comment-fields';
import { commentWordsOf } from '@/components/feedback/feedback-words';
import { safeBackPath } from '@/lib/feedback/back-path';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';
import { HOME_PATH, localizePath } from '@/lib/paths';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  return { title: (await getTranslations('Feedback'))('thanksTitle'), robots: { index: false } };
}

interface ThanksPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Where a feedback form posted without JavaScript lands (303 from the API): the thanks, the optional
 * comment form for the vote just given, and the way back to the page it came from.
 */
export default async function FeedbackThanksPage({ params, searchParams }: ThanksPageProps & { params: Promise<{ lang: string }> }) {
  const lang = await enterPageLanguage(params);
  const query = await searchParams;
  const back = safeBackPath(single(query.back));
  const vote = single(query.vote);
  const voteId = vote && UUID.test(vote) ? vote : undefined;
  const commented = single(query.comment) === 'added';
  const t = await getTranslations('Feedback');

  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('thanksTitle')}</h1>
      <p className="mt-3 text-lg">{commented ? t('commentToo') : t('recorded')}</p>
      {voteId ? (
        <form method="post" action="/api/feedback/comment" className="mt-6">
          <input type="hidden" name="id" value={voteId} />
          {back ? <input type="hidden" name="back" value={back} /> : null}
          <CommentFields id="thanks-comment" words={commentWordsOf(t)} />
          <button type="submit" className={`${feedbackButtonClass} mt-3`}>
            {t('sendComment')}
          </button>
        </form>
      ) : null}
      <p className="mt-8">
        <a href={back ? `${back}#feedback` : localizePath(lang, HOME_PATH)}>{back ? t('backToPage') : t('goHome')}</a>
      </p>
    </div>
  );
}
