import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '@/lib/feedback/rate-limit';
import { freshApiPerTest, ARTICLE, everything, formPost, jsonPost, ORIGIN } from './api-harness';
import { sessionId } from './fixtures';

const fresh = freshApiPerTest();

const vote = { kind: 'article', article: ARTICLE, helpful: true };
const view = (step: string, seq = 0) => ({ type: 'step-view', tree: 'windows-auth-login', treeVersion: 2, step, session: sessionId(1), seq });

describe('POST /api/feedback (JSON)', () => {
  it('stores an article vote and returns its id with the comment deadline', async () => {
    const { api, store } = fresh({ now: () => Date.UTC(2026, 0, 1) });
    const response = await api.postVote(jsonPost('/api/feedback', vote));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), commentUntil: '2026-01-02T00:00:00.000Z' });
    expect(await store.articleVotes(everything)).toEqual([{ article: ARTICLE, helpful: 1, notHelpful: 0 }]);
  });

  it('stores an outcome vote', async () => {
    const { api, store } = fresh();
    const response = await api.postVote(jsonPost('/api/feedback', { kind: 'outcome', tree: 'windows-auth-login', treeVersion: 2, outcome: 'escalate', helpful: false }));
    expect(response.status).toBe(201);
    expect(await store.outcomeVotes(everything)).toEqual([{ tree: 'windows-auth-login', outcome: 'escalate', solved: 0, notSolved: 1 }]);
  });

  it.each([
    [{ ...vote, helpful: 'maybe' }, 'helpful'],
    [{ ...vote, rating: 5 }, ''],
    [{ kind: 'article', helpful: true }, 'article'],
    [{ ...vote, article: 'Not A Slug' }, 'article'],
    [{ kind: 'outcome', tree: 'windows-auth-login', treeVersion: 0, outcome: 'escalate', helpful: true }, 'treeVersion'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const { api, store } = fresh();
    const response = await api.postVote(jsonPost('/api/feedback', body));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; message: string; issues: { path: string }[] };
    expect(answer.error).toBe('invalid-input');
    expect(answer.issues.map((issue) => issue.path)).toContain(field);
    expect(answer.message).toMatch(/^The request is not valid: /);
    expect(await store.articleVotes(everything)).toEqual([]);
  });

  it('answers 400 for a body that is not JSON, 415 for another media type', async () => {
    const { api } = fresh();
    const broken = await api.postVote(jsonPost('/api/feedback', '{"kind":'));
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'invalid-json' });
    const text = await api.postVote(new Request(`${ORIGIN}/api/feedback`, { method: 'POST', body: 'helpful', headers: { 'content-type': 'text/plain' } }));
    expect(text.status).toBe(415);
    expect((await text.json()) as object).toMatchObject({ message: expect.stringContaining('application/json') });
  });

  it('answers 422 for an article or outcome the site does not publish', async () => {
    const { api, store } = fresh();
    const article = await api.postVote(jsonPost('/api/feedback', { ...vote, article: 'no-such-article' }));
    expect(article.status).toBe(422);
    expect(await article.json()).toMatchObject({ error: 'unknown-target', message: expect.stringContaining('no article "no-such-article"') });
    const question = await api.postVote(jsonPost('/api/feedback', { kind: 'outcome', tree: 'windows-auth-login', treeVersion: 2, outcome: 'can-reach-dc', helpful: true }));
    expect(await question.json()).toMatchObject({ message: expect.stringContaining('has no outcome "can-reach-dc"') });
    const future = await api.postVote(jsonPost('/api/feedback', { kind: 'outcome', tree: 'windows-auth-login', treeVersion: 3, outcome: 'escalate', helpful: true }));
    expect(await future.json()).toMatchObject({ message: expect.stringContaining('is at version 2, not 3') });
    expect(await store.articleVotes(everything)).toEqual([]);
  });

  it('answers 413 for a body over the limit, declared or streamed', async () => {
    const { api } = fresh();
    const declared = await api.postVote(jsonPost('/api/feedback', { ...vote, padding: 'x'.repeat(5000) }));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: 'body-too-large', message: 'The request body must be at most 2048 bytes.' });
    // A chunked body declares no length: the limit must hold while reading.
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(chunk);
      },
    });
    const streamed = new Request(`${ORIGIN}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect((await api.postVote(streamed)).status).toBe(413);
  });

  it('refuses cross-origin posts with 403 and stores nothing', async () => {
    const { api, store } = fresh();
    const crossSite = await api.postVote(jsonPost('/api/feedback', vote, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }));
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ error: 'cross-origin', message: expect.stringContaining('Sec-Fetch-Site: cross-site') });
    // An older browser sends Origin only.
    const noFetchMetadata = jsonPost('/api/feedback', vote, { origin: 'https://evil.example' });
    noFetchMetadata.headers.delete('sec-fetch-site');
    expect((await api.postVote(noFetchMetadata)).status).toBe(403);
    expect(await store.articleVotes(everything)).toEqual([]);
  });

  it('accepts a same-origin post that carries only Origin, and a tool that sends neither header', async () => {
    const { api } = fresh();
    const originOnly = jsonPost('/api/feedback', vote);
    originOnly.headers.delete('sec-fetch-site');
    expect((await api.postVote(originOnly)).status).toBe(201);
    const curl = new Request(`${ORIGIN}/api/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(vote) });
    expect((await api.postVote(curl)).status).toBe(201);
  });

  it('answers 429 with Retry-After once a client used up its budget, while others go on', async () => {
    const { api, store } = fresh({ limiters: { votes: new TokenBucketLimiter({ capacity: 2, refillPerSecond: 0.1 }) } });
    const from = (address: string) => jsonPost('/api/feedback', vote, { 'x-forwarded-for': address });
    expect((await api.postVote(from('192.0.2.1'))).status).toBe(201);
    expect((await api.postVote(from('192.0.2.1'))).status).toBe(201);
    const limited = await api.postVote(from('192.0.2.1'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(await limited.json()).toMatchObject({ error: 'rate-limited', message: 'Too many requests from you just now; try again in 10 s.' });
    expect((await api.postVote(from('192.0.2.2'))).status).toBe(201);
    expect(await store.articleVotes(everything)).toEqual([{ article: ARTICLE, helpful: 3, notHelpful: 0 }]);
  });
});

describe('POST /api/feedback/comment', () => {
  it('adds one comment to a vote; a second, or one for an unknown vote, is refused', async () => {
    const { api, store } = fresh();
    const { id } = (await (await api.postVote(jsonPost('/api/feedback', vote))).json()) as { id: string };
    const added = await api.postComment(jsonPost('/api/feedback/comment', { id, comment: '  Step 3 fixed it.  ' }));
    expect(added.status).toBe(200);
    const again = await api.postComment(jsonPost('/api/feedback/comment', { id, comment: 'changed my mind' }));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: 'already-commented' });
    expect((await api.postComment(jsonPost('/api/feedback/comment', { id: sessionId(5), comment: 'hello' }))).status).toBe(404);
    expect((await store.recentComments(everything, 5)).map((row) => row.comment)).toEqual(['Step 3 fixed it.']);
  });

  it('refuses a comment over 1,000 characters, naming the limit', async () => {
    const { api } = fresh();
    const { id } = (await (await api.postVote(jsonPost('/api/feedback', vote))).json()) as { id: string };
    const response = await api.postComment(jsonPost('/api/feedback/comment', { id, comment: 'a'.repeat(1001) }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ issues: [{ path: 'comment', message: 'must be at most 1000 characters' }] });
    expect((await api.postComment(jsonPost('/api/feedback/comment', { id, comment: 'a'.repeat(1000) }))).status).toBe(200);
  });
});

describe('POST /api/events', () => {
  it('stores a batch of step views', async () => {
    const { api, store } = fresh();
    const response = await api.postEvents(jsonPost('/api/events', { events: [view('which-browsers', 0), view('can-reach-dc', 1)] }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ stored: 2 });
    expect(await store.stepFunnel(everything)).toHaveLength(2);
  });

  it('stores nothing from a batch with one bad event, and says which one', async () => {
    const { api, store } = fresh();
    const invalid = await api.postEvents(jsonPost('/api/events', { events: [view('which-browsers'), { ...view('can-reach-dc'), session: 'abc' }] }));
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ issues: [{ path: 'events[1].session' }] });
    const unknown = await api.postEvents(jsonPost('/api/events', { events: [view('which-browsers'), view('no-such-step')] }));
    expect(unknown.status).toBe(422);
    expect(await unknown.json()).toMatchObject({ message: 'Nothing to record: events[1]: troubleshooter "windows-auth-login" has no step "no-such-step".' });
    expect(await store.stepFunnel(everything)).toEqual([]);
  });

  it('takes JSON only: a form post is 415', async () => {
    const { api } = fresh();
    expect((await api.postEvents(formPost('/api/events', { events: 'x' }))).status).toBe(415);
  });
});
