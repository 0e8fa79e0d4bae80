'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { postJson, type PostResult } from '@/lib/feedback/client-api';
import { fillIn } from '@/lib/i18n/format';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { CommentFields, feedbackButtonClass, type CommentWords } from './comment-fields';

/** What a widget asks about: an article, or an outcome of a troubleshooter. */
export type FeedbackSubject =
  | { kind: 'article'; article: string }
  | { kind: 'outcome'; tree: string; treeVersion: number; outcome: string };

/** The widget's words in the page's language, translated on the server (components/feedback/feedback-words.ts). */
export interface FeedbackWords {
  yes: string;
  no: string;
  thanks: string;
  sendComment: string;
  commentSent: string;
  /** When the site did not answer. */
  notSent: string;
  /** When it answered with an error and no message of its own; `{status}` is filled in. */
  serverAnswered: string;
  comment: CommentWords;
}

type WidgetState =
  | { step: 'ask'; sending: boolean; error?: string }
  | { step: 'voted'; id: string; helpful: boolean; sending: boolean; error?: string }
  | { step: 'commented' };

/**
 * "Was this helpful? Yes / No", then an optional comment. The server renders real forms that post
 * to the API and come back through the thank-you page, so it works without JavaScript; with it, the
 * same forms send JSON and the answer appears in place.
 */
export function FeedbackWidget({
  subject,
  question,
  back,
  words,
  language,
}: {
  subject: FeedbackSubject;
  question: string;
  back: string;
  words: FeedbackWords;
  language: SiteLanguage;
}) {
  const [state, setState] = useState<WidgetState>({ step: 'ask', sending: false });
  const headingId = useId();
  const thanksRef = useRef<HTMLParagraphElement>(null);
  const voted = state.step === 'voted';
  useEffect(() => {
    // Focus follows the form that disappeared, so keyboard and screen-reader users hear the thanks.
    if (voted) thanksRef.current?.focus();
  }, [voted]);
  const failure = (result: Extract<PostResult<unknown>, { ok: false }>) =>
    result.message ?? (result.status === null ? words.notSent : fillIn(words.serverAnswered, { status: result.status }));

  async function vote(event: FormEvent<HTMLFormElement>) {
    const button = (event.nativeEvent as SubmitEvent).submitter;
    if (!(button instanceof HTMLButtonElement)) return; // no button known: let the browser post the form
    event.preventDefault();
    const helpful = button.value === 'yes';
    setState({ step: 'ask', sending: true });
    const result = await postJson<{ id: string }>('/api/feedback', { ...subject, helpful, language });
    setState(result.ok ? { step: 'voted', id: result.data.id, helpful, sending: false } : { step: 'ask', sending: false, error: failure(result) });
  }

  async function comment(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (state.step !== 'voted') return;
    const text = new FormData(event.currentTarget).get('comment');
    setState({ ...state, sending: true, error: undefined });
    const result = await postJson('/api/feedback/comment', { id: state.id, comment: text });
    setState(result.ok ? { step: 'commented' } : { ...state, sending: false, error: failure(result) });
  }

  return (
    <section id="feedback" aria-labelledby={headingId} className="site-chrome not-prose mt-12 rounded-lg border border-border bg-surface p-4">
      <h2 id={headingId} className="text-xl font-semibold">
        {question}
      </h2>
      {state.step === 'ask' ? (
        <form method="post" action="/api/feedback" onSubmit={vote} className="mt-3 flex gap-3">
          {Object.entries(subject).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={String(value)} />
          ))}
          <input type="hidden" name="language" value={language} />
          <input type="hidden" name="back" value={back} />
          <button type="submit" name="helpful" value="yes" disabled={state.sending} className={feedbackButtonClass}>
            {words.yes}
          </button>
          <button type="submit" name="helpful" value="no" disabled={state.sending} className={feedbackButtonClass}>
            {words.no}
          </button>
        </form>
      ) : null}
      {state.step === 'voted' ? (
        <>
          <p ref={thanksRef} tabIndex={-1} role="status" className="mt-2 focus:outline-none">
            {words.thanks}
          </p>
          <form method="post" action="/api/feedback/comment" onSubmit={comment} className="mt-3">
            <input type="hidden" name="id" value={state.id} />
            <input type="hidden" name="back" value={back} />
            <CommentFields id={`${headingId}-comment`} helpful={state.helpful} words={words.comment} />
            <button type="submit" disabled={state.sending} className={`${feedbackButtonClass} mt-3`}>
              {words.sendComment}
            </button>
          </form>
        </>
      ) : null}
      {state.step === 'commented' ? (
        <p role="status" className="mt-2">
          {words.commentSent}
        </p>
      ) : null}
      {state.step !== 'commented' && state.error ? (
        <p role="alert" className="mt-3 font-semibold">
          {state.error}
        </p>
      ) : null}
    </section>
  );
}
