// Types for tests that import the page cache (it stays .mjs so `npm start` runs on plain node).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface PageCache {
  /** Answers from memory when a stored page satisfies the request; says whether it did. */
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  /** Stores the page Next is answering with, if it may be kept; settles once stored or let go. */
  record(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

export function createPageCache(options?: { maxBytes?: number }): PageCache;
