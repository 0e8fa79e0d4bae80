import { siteFeedbackApi } from '@/lib/feedback/site-api.server';

/** The optional comment after a vote: `{ id, comment }`, once per vote, within a day of it. */
export function POST(request: Request): Promise<Response> {
  return siteFeedbackApi().postComment(request);
}
