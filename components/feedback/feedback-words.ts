import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { COMMENT_MAX_LENGTH } from '@/lib/feedback/limits';
import type { CommentWords } from './comment-fields';
import type { FeedbackWords } from './feedback-widget';

type FeedbackTranslator = (key: 'commentLabel' | 'commentHint' | 'yes' | 'no' | 'thanks' | 'sendComment' | 'commentSent' | 'notSent' | 'serverAnswered', values?: Record<string, string | number>) => string;

/** The comment field's words: its label after a "No" and otherwise, and its hint. */
export function commentWordsOf(t: FeedbackTranslator): CommentWords {
  return {
    labelAfterNo: t('commentLabel', { helpful: 'no' }),
    label: t('commentLabel', { helpful: 'yes' }),
    hint: t('commentHint', { max: COMMENT_MAX_LENGTH }),
  };
}

function feedbackWordsOf(t: FeedbackTranslator): FeedbackWords {
  return {
    yes: t('yes'),
    no: t('no'),
    thanks: t('thanks'),
    sendComment: t('sendComment'),
    commentSent: t('commentSent'),
    notSent: t('notSent'),
    serverAnswered: t('serverAnswered', { status: '{status}' }),
    comment: commentWordsOf(t),
  };
}

/** The feedback widget's words for the page's language, in a sync server component. */
export function useFeedbackWords(): FeedbackWords {
  return feedbackWordsOf(useTranslations('Feedback'));
}

/** The feedback widget's words for the page's language, in an async server component. */
export async function feedbackWords(): Promise<FeedbackWords> {
  return feedbackWordsOf(await getTranslations('Feedback'));
}
