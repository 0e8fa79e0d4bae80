import { insightsCookieHeader, isHttps } from '@/lib/feedback/insights-auth';
import { seeOther } from '@/lib/feedback/responses';
import { INSIGHTS_PATH } from '@/lib/paths';

/** Signs out of /insights by expiring the session cookie. */
export function POST(request: Request): Response {
  const response = seeOther(INSIGHTS_PATH);
  response.headers.append('Set-Cookie', insightsCookieHeader('', { secure: isHttps(request) }));
  return response;
}
