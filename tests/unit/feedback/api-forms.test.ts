import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFeedbackStore } from '@/lib/feedback/open-store.server';
import { freshApiPerTest, ARTICLE, everything, formPost, jsonPost } from './api-harness';

const fresh = freshApiPerTest();

const voteFields = { kind: 'article', article: ARTICLE, helpful: 'no', back: `/articles/${ARTICLE}` };

describe('form posts (no JavaScript)', () => {
  it('stores the vote and sends the browser to the thank-you page with the way back', async () => {
    const { api, store } = fresh();
    const response = await api.postVote(formPost('/api/feedback', voteFields));
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, 'http://x');
    expect(location.pathname).toBe('/feedback/thanks');
    expect(location.searchParams.get('back')).toBe(`/articles/${ARTICLE}`);
    expect(location.searchParams.get('vote')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.articleVotes(everything)).toEqual([{ article: ARTICLE, helpful: 0, notHelpful: 1 }]);
  });

  it('takes an outcome vote from its form, with the step link and answers as the way back', async () => {
    const { api, store } = fresh();
    const back = '/wizard/windows-auth-login/escalate?answers=which-browsers:all,server-providers:no';
    const response = await api.postVote(
      formPost('/api/feedback', { kind: 'outcome', tree: 'windows-auth-login', treeVersion: '2', outcome: 'escalate', helpful: 'yes', back }),
    );
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location')!, 'http://x').searchParams.get('back')).toBe(back);
    expect(await store.outcomeVotes(everything)).toEqual([{ tree: 'windows-auth-login', outcome: 'escalate', solved: 1, notSolved: 0 }]);
  });

  it('never redirects to another site, whatever "back" says', async () => {
    const { api } = fresh();
    for (const back of ['//evil.example/articles/x', 'https://evil.example', '/articles/../admin', 'javascript:alert(1)']) {
      const response = await api.postVote(formPost('/api/feedback', { ...voteFields, back }));
      const location = new URL(response.headers.get('location')!, 'http://x');
      expect(location.host).toBe('x');
      expect(location.searchParams.has('back')).toBe(false);
    }
  });

  it('adds the comment from the thank-you page form', async () => {
    const { api, store } = fresh();
    const id = new URL((await api.postVote(formPost('/api/feedback', voteFields))).headers.get('location')!, 'http://x').searchParams.get('vote')!;
    const response = await api.postComment(formPost('/api/feedback/comment', { id, comment: 'No screenshots', back: `/articles/${ARTICLE}` }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/feedback/thanks?back=%2Farticles%2F${ARTICLE}&comment=added`);
    expect((await store.recentComments(everything, 1))[0]?.comment).toBe('No screenshots');
  });

  it('gives the browser an HttpOnly id with its first vote, and its second vote on the page replaces the first', async () => {
    const { api, store } = fresh();
    const first = await api.postVote(formPost('/api/feedback', voteFields));
    const cookie = first.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^fixpath_browser=[0-9a-f-]{36}; Path=\/api\/feedback; Max-Age=86400; HttpOnly; SameSite=Strict$/);
    const browser = cookie.split(';')[0]!;
    const again = await api.postVote(formPost('/api/feedback', { ...voteFields, helpful: 'yes' }, { cookie: browser }));
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(await store.articleVotes(everything)).toEqual([{ article: ARTICLE, helpful: 1, notHelpful: 0 }]);
    // A browser without the cookie (or with a forged, malformed one) is another voter.
    await api.postVote(formPost('/api/feedback', voteFields, { cookie: 'fixpath_browser=not-an-id' }));
    expect(await store.articleVotes(everything)).toEqual([{ article: ARTICLE, helpful: 1, notHelpful: 1 }]);
  });

  it('answers a bad form post with a readable page and the link back', async () => {
    const { api } = fresh();
    const response = await api.postVote(formPost('/api/feedback', { ...voteFields, helpful: 'perhaps' }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('Your feedback was not sent');
    expect(html).toContain('helpful: Invalid input');
    expect(html).toContain(`<a href="/articles/${ARTICLE}">Go back to the page</a>`);
  });
});

describe('when the database is unavailable', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('answers 503 with a clear message when the SQLite file cannot be created, and logs why', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-broken-'));
    dirs.push(dir);
    // A plain file where the database folder should be: no database can be made under it.
    writeFileSync(path.join(dir, 'data'), 'not a folder');
    const { api, logged } = fresh({ store: () => openFeedbackStore({ dialect: 'sqlite', file: path.join(dir, 'data', 'fixpath.db') }) });
    const response = await api.postVote(jsonPost('/api/feedback', { kind: 'article', article: ARTICLE, helpful: true }));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({
      error: 'storage-unavailable',
      message: 'Feedback cannot be saved right now: its database is unavailable. Nothing was stored; please try again later.',
    });
    expect(logged.join('\n')).toMatch(/The feedback database file .*fixpath.db cannot be used \(EEXIST: .*\); check that FIXPATH_DB names a file/);
  });

  it('answers 503 when PostgreSQL does not answer', async () => {
    // Port 1 on loopback: nothing listens, the connection is refused at once.
    const { api, logged } = fresh({
      store: () => openFeedbackStore({ dialect: 'postgres', connectionString: 'postgres://fixpath:secret@127.0.0.1:1/fixpath' }),
    });
    const response = await api.postEvents(
      jsonPost('/api/events', { events: [{ type: 'step-view', tree: 'windows-auth-login', treeVersion: 2, step: 'escalate', session: '00000000-0000-4000-8000-000000000001', seq: 0 }] }),
    );
    expect(response.status).toBe(503);
    expect(logged.join('\n')).toContain('PostgreSQL');
    expect(logged.join('\n')).not.toContain('secret');
  });
});

describe('isStorageUnavailable', () => {
  it('recognises the error from another copy of the module, as Next bundles routes and pages apart', async () => {
    const { StorageUnavailableError, isStorageUnavailable } = await import('@/lib/feedback/store');
    vi.resetModules();
    const copy = await import('@/lib/feedback/store');
    const error = new copy.StorageUnavailableError('down');
    expect(error instanceof StorageUnavailableError).toBe(false);
    expect(isStorageUnavailable(error)).toBe(true);
    expect(isStorageUnavailable(new Error('down'))).toBe(false);
  });
});
