import type { z } from 'zod';
import { safeBackPath } from './back-path';
import { browserCookie, browserIdFrom } from './browser-id';
import { commentFromForm, voteFromForm } from './form-input';
import type { KnownTargets } from './known-targets';
import { clientKey, TokenBucketLimiter } from './rate-limit';
import { readRequestBody, type AcceptedFormats } from './request-body';
import { describeIssues, issuesOf, json, problem, problemPage, seeOther } from './responses';
import { crossOriginProblem } from './same-origin';
import { storageOutageLog } from './storage-outage-log';
import { eventsBatchSchema, feedbackCommentSchema, feedbackVoteSchema, type EventsBatch } from './schema';
import { COMMENT_WINDOW_MS, isStorageUnavailable, type FeedbackStore, type StoredSearchEvent } from './store';
import { feedbackThanksPath } from '@/lib/paths';

/** Largest bodies accepted, in bytes. A comment of 1,000 characters URL-encodes to at most ~9 KB. */
export const BODY_LIMITS = { vote: 2 * 1024, comment: 16 * 1024, events: 32 * 1024 } as const;

/** What the API needs from the outside world; tests pass a real store on a temporary database. */
export interface FeedbackApiOptions {
  store: () => Promise<FeedbackStore>;
  targets: () => KnownTargets;
  limiters?: Partial<Record<'votes' | 'comments' | 'events', TokenBucketLimiter>>;
  now?: () => number;
  /** Where operational problems go: never request bodies, addresses or tokens. */
  log?: (message: string) => void;
}

/** The default limits: a person votes a few times a minute at most; a tab sends a view per step. */
export function defaultLimiters() {
  return {
    votes: new TokenBucketLimiter({ capacity: 10, refillPerSecond: 1 / 6 }),
    comments: new TokenBucketLimiter({ capacity: 10, refillPerSecond: 1 / 6 }),
    events: new TokenBucketLimiter({ capacity: 120, refillPerSecond: 2 }),
  };
}

type Format = 'json' | 'form';

interface Endpoint<T> {
  limiter: TokenBucketLimiter;
  limit: number;
  formats: AcceptedFormats;
  schema: z.ZodType<T>;
  fromForm?: (form: URLSearchParams) => unknown;
  /** A sentence when the input is well-formed but names something that does not exist. */
  check?: (value: T) => string | undefined;
  save: (store: FeedbackStore, value: T, at: number, answer: { format: Format; back: string | undefined; request: Request }) => Promise<Response>;
}

function fail(format: Format, back: string | undefined, status: number, error: string, message: string, extra: Parameters<typeof problem>[3] = {}) {
  return format === 'form' ? problemPage(status, message, back, extra.headers) : problem(status, error, message, extra);
}

/** The three POST endpoints: each checks origin, rate, size, format and content, then stores in one transaction. */
export function createFeedbackApi(options: FeedbackApiOptions) {
  const limiters = { ...defaultLimiters(), ...options.limiters };
  const now = options.now ?? Date.now;
  const log = options.log ?? ((message: string) => console.error(`[feedback] ${message}`));
  const outage = storageOutageLog(log);

  function handler<T>(endpoint: Endpoint<T>) {
    return async (request: Request): Promise<Response> => {
      const declaredForm = (request.headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
      let format: Format = declaredForm && endpoint.formats === 'json-or-form' ? 'form' : 'json';
      let back: string | undefined;

      const crossOrigin = crossOriginProblem(request.headers);
      if (crossOrigin) return fail(format, back, 403, 'cross-origin', `Feedback is only accepted from pages of this site: ${crossOrigin}.`);

      const decision = endpoint.limiter.take(clientKey(request.headers));
      if (!decision.allowed) {
        const wait = decision.retryAfterSeconds;
        return fail(format, back, 429, 'rate-limited', `Too many requests from you just now; try again in ${wait} s.`, {
          headers: { 'Retry-After': String(wait) },
        });
      }

      const body = await readRequestBody(request, endpoint.limit, endpoint.formats);
      if (!body.ok) return fail(format, back, body.status, body.error, body.message);
      let input: unknown;
      if (body.format === 'form') {
        format = 'form';
        back = safeBackPath(body.form.get('back'));
        input = endpoint.fromForm?.(body.form);
      } else {
        input = body.data;
      }

      const parsed = endpoint.schema.safeParse(input);
      if (!parsed.success) {
        const issues = issuesOf(parsed.error);
        return fail(format, back, 400, 'invalid-input', `The request is not valid: ${describeIssues(issues)}.`, { issues });
      }
      const unknownTarget = endpoint.check?.(parsed.data);
      if (unknownTarget) return fail(format, back, 422, 'unknown-target', `Nothing to record: ${unknownTarget}.`);

      try {
        const response = await endpoint.save(await options.store(), parsed.data, now(), { format, back, request });
        outage.over();
        return response;
      } catch (error) {
        if (isStorageUnavailable(error)) {
          outage.refused(error.message);
          const message = 'Feedback cannot be saved right now: its database is unavailable. Nothing was stored; please try again later.';
          return fail(format, back, 503, 'storage-unavailable', message, { headers: { 'Retry-After': '30' } });
        }
        log(`could not store feedback: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fail(format, back, 500, 'internal-error', 'Feedback could not be saved because of an error on the server. Nothing was stored.');
      }
    };
  }

  return {
    /** `POST /api/feedback`: a yes/no vote. JSON → 201 `{ id, commentUntil }`; form → 303 to the thank-you page. */
    postVote: handler({
      limiter: limiters.votes,
      limit: BODY_LIMITS.vote,
      formats: 'json-or-form',
      schema: feedbackVoteSchema,
      fromForm: voteFromForm,
      check: (vote) => options.targets().voteProblem(vote),
      async save(store, vote, at, { format, back, request }) {
        const browser = browserIdFrom(request.headers.get('cookie'));
        const id = await store.recordVote(vote, at, browser);
        // Set again with every vote, so the id lasts one replace window after the browser's last vote.
        const cookie = { 'Set-Cookie': browserCookie(browser, request) };
        if (format === 'form') return seeOther(feedbackThanksPath(back, { vote: id }), cookie);
        return json(201, { id, commentUntil: new Date(at + COMMENT_WINDOW_MS).toISOString() }, cookie);
      },
    }),

    /** `POST /api/feedback/comment`: the optional comment after a vote, once, within a day. */
    postComment: handler({
      limiter: limiters.comments,
      limit: BODY_LIMITS.comment,
      formats: 'json-or-form',
      schema: feedbackCommentSchema,
      fromForm: commentFromForm,
      async save(store, { id, comment }, at, { format, back }) {
        const result = await store.addComment(id, comment, at);
        if (result === 'added') return format === 'form' ? seeOther(feedbackThanksPath(back, { comment: 'added' })) : json(200, { status: 'added' });
        const refusal = {
          'not-found': [404, 'No vote with this id was found, so the comment has nowhere to go.'],
          'already-commented': [409, 'This vote already has a comment; a comment cannot be changed.'],
          expired: [410, 'Comments are accepted for one day after the vote; this one came too late.'],
        } as const;
        const [status, message] = refusal[result];
        return fail(format, back, status, result, message);
      },
    }),

    /**
     * `POST /api/events`, JSON only: troubleshooter step views (the step page's island), or settled
     * searches and opened results (the search box and the /search page's island).
     */
    postEvents: handler({
      limiter: limiters.events,
      limit: BODY_LIMITS.events,
      formats: 'json',
      schema: eventsBatchSchema,
      check: ({ events }) => {
        for (const [index, event] of events.entries()) {
          const problemText = event.type === 'step-view' ? options.targets().stepViewProblem(event) : undefined;
          if (problemText) return `events[${index}]: ${problemText}`;
        }
        return undefined;
      },
      async save(store, { events }, at) {
        const views = events.filter((event) => event.type === 'step-view');
        if (views.length > 0) await store.recordStepViews(views, at);
        else await store.recordSearchEvents(events.map(toStoredSearchEvent), at);
        return json(201, { stored: events.length });
      },
    }),
  };
}

// The schema keeps step views and search events in separate batches, so only search events get here.
function toStoredSearchEvent(event: EventsBatch['events'][number]): StoredSearchEvent {
  if (event.type === 'search') return { kind: 'search', query: event.query, results: event.results, source: 'box', language: event.language };
  if (event.type === 'search-opened') return { kind: 'opened', query: event.query, language: event.language };
  throw new TypeError('a step view in a batch of search events');
}
