import { siteFeedbackApi } from '@/lib/feedback/site-api.server';

/** Troubleshooter step views, `{ events: [...] }`, from the step page's island. JSON only. */
export function POST(request: Request): Promise<Response> {
  return siteFeedbackApi().postEvents(request);
}
