import { createHash, randomUUID } from 'node:crypto';
import { isHttps } from './insights-auth';
import type { FeedbackVote } from './schema';

/**
 * The cookie that tells one browser's votes apart: a random id, set by the vote's own answer
 * (so it works for a plain form post), HttpOnly, SameSite=Strict and sent to the vote API only, so
 * no page, and nothing a page cache keeps, ever carries it.
 */
export const BROWSER_COOKIE = 'fixpath_browser';
/** Where the browser sends the cookie: the vote endpoint (and the comment endpoint below it). */
const COOKIE_PATH = '/api/feedback';
/** How long a browser's earlier vote on a page is replaced by its next one rather than added to. */
export const VOTE_REPLACE_WINDOW_MS = 24 * 60 * 60 * 1000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The browser's id from a `Cookie` header, or a new one when it has none (or a malformed one). */
export function browserIdFrom(cookieHeader: string | null): string {
  for (const pair of (cookieHeader ?? '').split(';')) {
    const [name, value] = pair.split('=', 2).map((part) => part.trim());
    if (name === BROWSER_COOKIE && value !== undefined && UUID.test(value)) return value;
  }
  return randomUUID();
}

/**
 * The `Set-Cookie` value that keeps the id for one replace window after each vote. Secure when the
 * browser reached the site over HTTPS (directly or through a proxy that says so).
 */
export function browserCookie(id: string, request: Request): string {
  const maxAge = VOTE_REPLACE_WINDOW_MS / 1000;
  return `${BROWSER_COOKIE}=${id}; Path=${COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${isHttps(request) ? '; Secure' : ''}`;
}

/**
 * What the database keeps of the browser: a hash of its id with the page voted on. It finds the same
 * browser's earlier vote on that page, yet links no two pages, and the id cannot be read back out of it.
 */
export function voterKey(browser: string, vote: FeedbackVote): string {
  const subject = vote.kind === 'article' ? `article\0${vote.article}` : `outcome\0${vote.tree}\0${vote.outcome}`;
  // A page in another language is another page. English pages kept their addresses, so their
  // keys stay as before and a vote from just before the languages came is still replaced.
  const page = vote.language === 'en' ? subject : `${vote.language}\0${subject}`;
  return createHash('sha256').update(browser).update('\0').update(page).digest('base64url').slice(0, 32);
}
