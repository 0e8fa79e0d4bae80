import { insightsCookieHeader, isHttps } from '@/lib/feedback/insights-auth';
import { seeOther } from '@/lib/feedback/responses';

/** Signs out of /insights by expiring the session cookie. */
export function POST(request: Request): Response {
  const response = seeOther('/insights');
  response.headers.append('Set-Cookie', insightsCookieHeader('', { secure: isHttps(request) }));
  return response;
}
