import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The cookie that holds a signed insights session; HttpOnly, SameSite=Strict, Path=/insights. */
export const INSIGHTS_COOKIE = 'fixpath_insights';
/** How long a sign-in lasts. */
export const INSIGHTS_SESSION_SECONDS = 8 * 60 * 60;
/** Shorter tokens are refused: the token is the only thing between the internet and the comments. */
export const MIN_INSIGHTS_TOKEN_LENGTH = 16;

/** Whether /insights is usable with this environment, and why not. */
export type InsightsTokenStatus = { enabled: true; token: string } | { enabled: false; reason: string };

export function insightsTokenStatus(env: Readonly<Record<string, string | undefined>> = process.env): InsightsTokenStatus {
  const token = env.INSIGHTS_TOKEN;
  if (!token) return { enabled: false, reason: 'Insights are disabled: INSIGHTS_TOKEN is not set on the server.' };
  if (token.length < MIN_INSIGHTS_TOKEN_LENGTH) {
    return { enabled: false, reason: `Insights are disabled: INSIGHTS_TOKEN must be at least ${MIN_INSIGHTS_TOKEN_LENGTH} characters long.` };
  }
  return { enabled: true, token };
}

// Comparing digests keeps the comparison constant-time whatever the lengths.
function sameSecret(a: string, b: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(a), digest(b));
}

function signature(token: string, expiresAt: number): string {
  return createHmac('sha256', token).update(`fixpath insights session until ${expiresAt}`).digest('base64url');
}

/**
 * The cookie value after a correct sign-in: an expiry and its HMAC keyed by the token. It holds no
 * token, proves knowledge of it, ends by itself, and every session ends when the token changes.
 */
export function insightsSessionValue(token: string, now: number): string {
  const expiresAt = now + INSIGHTS_SESSION_SECONDS * 1000;
  return `${expiresAt}.${signature(token, expiresAt)}`;
}

function isValidSession(token: string, value: string, now: number): boolean {
  const [expiry, mac] = value.split('.');
  const expiresAt = Number(expiry);
  if (!mac || !Number.isSafeInteger(expiresAt) || expiresAt <= now) return false;
  return sameSecret(mac, signature(token, expiresAt));
}

/** Is the offered token the right one? */
export function isInsightsToken(token: string, candidate: string): boolean {
  return sameSecret(token, candidate);
}

/** What a request may see: a session cookie or an `Authorization: Bearer <token>` header opens it. */
export function insightsAccess(
  status: InsightsTokenStatus,
  credentials: { cookie?: string; authorization?: string | null },
  now: number,
): 'disabled' | 'locked' | 'open' {
  if (!status.enabled) return 'disabled';
  if (credentials.cookie && isValidSession(status.token, credentials.cookie, now)) return 'open';
  const bearer = /^Bearer (.+)$/i.exec(credentials.authorization ?? '')?.[1];
  return bearer && isInsightsToken(status.token, bearer) ? 'open' : 'locked';
}

/** The Set-Cookie header for a session (or, with `value` empty, for signing out). */
export function insightsCookieHeader(value: string, options: { secure: boolean }): string {
  const maxAge = value ? INSIGHTS_SESSION_SECONDS : 0;
  return `${INSIGHTS_COOKIE}=${value}; Path=/insights; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${options.secure ? '; Secure' : ''}`;
}

/** True when the browser reached us over https (directly or through a proxy that says so). */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
}
