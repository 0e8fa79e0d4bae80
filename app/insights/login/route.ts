import { insightsCookieHeader, insightsSessionValue, insightsTokenStatus, isHttps, isInsightsToken } from '@/lib/feedback/insights-auth';
import { clientKey, TokenBucketLimiter } from '@/lib/feedback/rate-limit';
import { readRequestBody } from '@/lib/feedback/request-body';
import { problemPage, seeOther } from '@/lib/feedback/responses';
import { crossOriginProblem } from '@/lib/feedback/same-origin';
import { INSIGHTS_LOGIN_FAILED_PATH, INSIGHTS_PATH } from '@/lib/paths';

// Guessing the token costs time: five tries, then one more every twelve seconds per client.
const attempts = new TokenBucketLimiter({ capacity: 5, refillPerSecond: 1 / 12 });

/**
 * The sign-in form's target. The token travels only in this POST body, never in a URL, and is not
 * logged; the answer is a cookie holding an expiring HMAC keyed by the token, not the token itself.
 */
export async function POST(request: Request): Promise<Response> {
  const status = insightsTokenStatus();
  if (!status.enabled) return seeOther(INSIGHTS_PATH);
  const crossOrigin = crossOriginProblem(request.headers);
  if (crossOrigin) return problemPage(403, `Sign-in refused: ${crossOrigin}.`, undefined);
  const decision = attempts.take(clientKey(request.headers));
  if (!decision.allowed) {
    return problemPage(429, `Too many sign-in attempts; try again in ${decision.retryAfterSeconds} s.`, undefined, {
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }
  const body = await readRequestBody(request, 4096, 'json-or-form');
  const token = body.ok && body.format === 'form' ? (body.form.get('token') ?? '') : '';
  if (!isInsightsToken(status.token, token)) return seeOther(INSIGHTS_LOGIN_FAILED_PATH);

  const response = seeOther(INSIGHTS_PATH);
  response.headers.append('Set-Cookie', insightsCookieHeader(insightsSessionValue(status.token, Date.now()), { secure: isHttps(request) }));
  return response;
}
