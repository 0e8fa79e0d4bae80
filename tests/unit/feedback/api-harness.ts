import { afterEach } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFeedbackApi, type FeedbackApiOptions } from '@/lib/feedback/feedback-api';
import { knownTargetsFrom } from '@/lib/feedback/known-targets';
import { openSqliteStore } from '@/lib/feedback/sqlite-store.server';
import type { FeedbackStore } from '@/lib/feedback/store';
import { loadTree } from '../wizard/load-fixture';

export const ARTICLE = 'windows-auth-fails-in-ie-edge';
export const ORIGIN = 'http://fixpath.test';
export const everything = { from: 0, to: Number.MAX_SAFE_INTEGER };

/** Headers a browser sends with a same-origin fetch or form post from a page of the site. */
export const sameOrigin = { host: 'fixpath.test', origin: ORIGIN, 'sec-fetch-site': 'same-origin' };

export function jsonPost(pathname: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sameOrigin, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function formPost(pathname: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...sameOrigin, ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A real API on a real SQLite file of its own; `logged` collects what the API logs. */
export function apiOnFreshDatabase(options: Partial<FeedbackApiOptions> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-api-'));
  const file = path.join(dir, 'fixpath.db');
  const store: FeedbackStore = openSqliteStore(file);
  const targets = knownTargetsFrom([ARTICLE], [loadTree('windows-auth-login').tree]);
  const logged: string[] = [];
  const api = createFeedbackApi({ store: async () => store, targets: () => targets, log: (message) => logged.push(message), ...options });
  const dispose = async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { api, store, logged, dispose };
}

/**
 * For a test file: returns `fresh(options)`, an API on its own new database that is disposed of
 * after each test, so no test sees another's votes.
 */
export function freshApiPerTest() {
  const disposers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(disposers.splice(0).map((dispose) => dispose()));
  });
  return (...args: Parameters<typeof apiOnFreshDatabase>) => {
    const harness = apiOnFreshDatabase(...args);
    disposers.push(harness.dispose);
    return harness;
  };
}
