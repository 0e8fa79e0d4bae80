import { COMMENT_MAX_LENGTH } from '@/lib/feedback/limits';

/** The comment field's words in the page's language (components/feedback/feedback-words.ts). */
export interface CommentWords {
  /** The label after a "No": what was missing or wrong. */
  labelAfterNo: string;
  label: string;
  hint: string;
}

/** The optional comment's label, hint and textarea: the same on the widget and the thank-you page. */
export function CommentFields({ id, helpful, words }: { id: string; helpful?: boolean; words: CommentWords }) {
  return (
    <>
      <label htmlFor={id} className="block font-semibold">
        {helpful === false ? words.labelAfterNo : words.label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {words.hint}
      </p>
      <textarea
        id={id}
        name="comment"
        rows={4}
        required
        maxLength={COMMENT_MAX_LENGTH}
        aria-describedby={`${id}-hint`}
        className="mt-2 block w-full max-w-xl rounded border border-border bg-page px-3 py-2 text-text"
      />
    </>
  );
}

/** Buttons of the feedback forms. */
export const feedbackButtonClass =
  'rounded-lg border-2 border-border bg-page px-5 py-2 font-semibold text-text hover:border-link disabled:opacity-60';
