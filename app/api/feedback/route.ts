import { siteFeedbackApi } from '@/lib/feedback/site-api.server';

/**
 * A yes/no vote on an article or a troubleshooter outcome. JSON → 201 `{ id, commentUntil }`;
 * a plain form post → 303 to /feedback/thanks. Errors: 4xx/503 `{ error, message, issues? }`.
 */
export function POST(request: Request): Promise<Response> {
  return siteFeedbackApi().postVote(request);
}
