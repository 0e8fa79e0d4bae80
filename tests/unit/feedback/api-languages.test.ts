import { describe, expect, it } from 'vitest';
import { freshApiPerTest, ARTICLE, everything, formPost, jsonPost } from './api-harness';
import { sessionId } from './fixtures';

const fresh = freshApiPerTest();

const vote = { kind: 'article', article: ARTICLE, helpful: true };
const view = (language?: string) => ({ type: 'step-view', tree: 'windows-auth-login', treeVersion: 2, step: 'which-browsers', session: sessionId(1), seq: 0, language });
const german = { ...everything, language: 'de' } as const;
const english = { ...everything, language: 'en' } as const;

describe('the language of votes, step views and searches', () => {
  it('stores a vote under the language of its page, by JSON and by form', async () => {
    const { api, store } = fresh();
    expect((await api.postVote(jsonPost('/api/feedback', { ...vote, language: 'de' }))).status).toBe(201);
    const form = { kind: 'article', article: ARTICLE, helpful: 'no', language: 'de', back: `/de/articles/${ARTICLE}` };
    expect((await api.postVote(formPost('/api/feedback', form))).status).toBe(303);
    expect(await store.articleVotes(german)).toEqual([{ article: ARTICLE, helpful: 1, notHelpful: 1 }]);
    expect(await store.articleVotes(english)).toEqual([]);
  });

  it('counts a vote without a language (a page open from before languages) as English', async () => {
    const { api, store } = fresh();
    expect((await api.postVote(jsonPost('/api/feedback', vote))).status).toBe(201);
    expect(await store.articleVotes(english)).toEqual([{ article: ARTICLE, helpful: 1, notHelpful: 0 }]);
  });

  it('answers 400 naming the site languages for any other language, and stores nothing', async () => {
    const { api, store } = fresh();
    for (const language of ['fr', 'DE', '', 'de-AT']) {
      const response = await api.postVote(jsonPost('/api/feedback', { ...vote, language }));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        error: 'invalid-input',
        message: "The request is not valid: language: must be one of the site's languages: en, de.",
        issues: [{ path: 'language' }],
      });
    }
    const page = await api.postVote(formPost('/api/feedback', { kind: 'article', article: ARTICLE, helpful: 'yes', language: 'fr', back: `/articles/${ARTICLE}` }));
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('language: must be one of the site&#39;s languages: en, de');
    const events = await api.postEvents(jsonPost('/api/events', { events: [view('de'), view('klingon')] }));
    expect(events.status).toBe(400);
    expect(await events.json()).toMatchObject({ issues: [{ path: 'events[1].language' }] });
    const searches = await api.postEvents(jsonPost('/api/events', { events: [{ type: 'search', query: 'kerberos', results: 0, language: 'fr' }] }));
    expect(searches.status).toBe(400);
    expect(await store.articleVotes(everything)).toEqual([]);
    expect(await store.stepFunnel(everything)).toEqual([]);
    expect((await store.unansweredSearches(everything, 10)).totals.searches).toBe(0);
  });

  it('stores step views and searches under their language', async () => {
    const { api, store } = fresh();
    expect((await api.postEvents(jsonPost('/api/events', { events: [view('de')] }))).status).toBe(201);
    const search = { type: 'search', query: 'Kennwort', results: 0, language: 'de' };
    expect((await api.postEvents(jsonPost('/api/events', { events: [search] }))).status).toBe(201);
    expect(await store.stepFunnel(german)).toEqual([{ tree: 'windows-auth-login', step: 'which-browsers', entry: 'which-browsers', reached: 1, stopped: 1 }]);
    expect(await store.stepFunnel(english)).toEqual([]);
    expect((await store.unansweredSearches(german, 10)).queries).toEqual([{ query: 'kennwort', searches: 1, foundNothing: 1, opened: 0 }]);
    expect((await store.unansweredSearches(english, 10)).queries).toEqual([]);
  });

  it('takes one browser’s votes on the English and the German page as two votes', async () => {
    const { api, store } = fresh();
    const first = await api.postVote(jsonPost('/api/feedback', { ...vote, language: 'en' }));
    const browser = (first.headers.get('set-cookie') ?? '').split(';')[0]!;
    await api.postVote(jsonPost('/api/feedback', { ...vote, language: 'de' }, { cookie: browser }));
    await api.postVote(jsonPost('/api/feedback', { ...vote, language: 'de', helpful: false }, { cookie: browser }));
    expect(await store.articleVotes(english)).toEqual([{ article: ARTICLE, helpful: 1, notHelpful: 0 }]);
    expect(await store.articleVotes(german)).toEqual([{ article: ARTICLE, helpful: 0, notHelpful: 1 }]);
  });
});
