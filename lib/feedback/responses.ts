import type { z } from 'zod';
import { HOME_PATH } from '@/lib/paths';

/** One problem with one field of the input, as the API reports it. */
export interface InputIssue {
  path: string;
  message: string;
}

const noStore = { 'Cache-Control': 'no-store' };

/** A JSON answer; API answers are never cached. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...noStore, ...headers } });
}

/** The error shape of every 4xx/5xx answer: a stable code, a sentence for people, and field issues. */
export function problem(status: number, error: string, message: string, extra: { issues?: InputIssue[]; headers?: Record<string, string> } = {}) {
  return json(status, { error, message, ...(extra.issues ? { issues: extra.issues } : {}) }, extra.headers);
}

/** zod's issues as `path: message` pairs; the path reads like the JSON (`events[2].step`). */
export function issuesOf(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.reduce<string>(
      (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
      '',
    ),
    message: issue.message,
  }));
}

/** The one-line summary of field issues that goes into `message`. */
export function describeIssues(issues: InputIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The answer to a failed form post from a browser without JavaScript: the same status, but a page a
 * person can read, with the way back. JSON callers get {@link problem} instead.
 */
export function problemPage(status: number, message: string, back: string | undefined, headers: Record<string, string> = {}): Response {
  const backLink = back ? `<a href="${escapeHtml(back)}">Go back to the page</a>` : `<a href="${HOME_PATH}">Go to the home page</a>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Feedback not sent | Fixpath</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">
<h1>Your feedback was not sent</h1><p>${escapeHtml(message)}</p><p>${backLink}</p></body></html>`;
  return new Response(html, { status, headers: { ...noStore, 'Content-Type': 'text/html; charset=utf-8', ...headers } });
}

/** A 303 to a path of this site: after a form post, the browser fetches it with GET. */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { ...noStore, Location: path, ...headers } });
}
