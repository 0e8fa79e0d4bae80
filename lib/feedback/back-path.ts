const ARTICLE_PATH = /^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WIZARD_STEP_PATH = /^\/wizard\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*(?:\?answers=[a-z0-9:,-]*)?$/;

/**
 * The page a no-JavaScript form post returns to, when it is one of ours: an article or a troubleshooter
 * step. Anything else (another host, `//evil`, a script URL) is dropped, so the redirect can never be
 * used to send someone elsewhere.
 */
export function safeBackPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return ARTICLE_PATH.test(value) || WIZARD_STEP_PATH.test(value) ? value : undefined;
}

/** The thank-you page after a form post; it offers the comment form while `vote` is known. */
export function thanksPath(back: string | undefined, state: { vote: string } | { comment: 'added' }): string {
  const params = new URLSearchParams();
  if (back) params.set('back', back);
  if ('vote' in state) params.set('vote', state.vote);
  else params.set('comment', state.comment);
  return `/feedback/thanks?${params.toString()}`;
}
