import { expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS_TABLE_SQL, migrations } from '@/lib/feedback/migrations';
import type { FeedbackStore } from '@/lib/feedback/store';
import { articleVote, outcomeVote, sessionId, stepView, T0 } from './fixtures';
import type { StorageTarget } from './storage-suite';

const all = { from: 0, to: Number.MAX_SAFE_INTEGER };
const english = { ...all, language: 'en' } as const;
const german = { ...all, language: 'de' } as const;

/** Each site language read apart, on either database, and rows from before languages kept as English. */
export function languageStorageChecks(target: StorageTarget, stores: FeedbackStore[]) {
  it('counts German votes, step views and searches apart from English ones, and all together without a language', async () => {
    const store = await (await target.fresh()).open();
    stores.push(store);
    await store.recordVote(articleVote('printer-offline', true, 'en'), T0);
    await store.recordVote(articleVote('printer-offline', false, 'de'), T0);
    await store.recordVote(articleVote('printer-offline', false, 'de'), T0 + 1);
    await store.recordVote(outcomeVote('fix-network', true, 'de'), T0);
    // Session 1 reads in English and gives up; session 2 reads in German and reaches a result.
    await store.recordStepViews([stepView(sessionId(1), 'which-browsers', 0)], T0);
    await store.recordStepViews([stepView(sessionId(2), 'which-browsers', 0, 'windows-auth-login', 'de'), stepView(sessionId(2), 'fix-network', 1, 'windows-auth-login', 'de')], T0);
    await store.recordSearchEvents([{ kind: 'search', query: 'kennwort', results: 0, source: 'page', language: 'de' }], T0);
    await store.recordSearchEvents([{ kind: 'search', query: 'password', results: 0, source: 'box', language: 'en' }], T0);

    expect(await store.articleVotes(english)).toEqual([{ article: 'printer-offline', helpful: 1, notHelpful: 0 }]);
    expect(await store.articleVotes(german)).toEqual([{ article: 'printer-offline', helpful: 0, notHelpful: 2 }]);
    expect(await store.articleVotes(all)).toEqual([{ article: 'printer-offline', helpful: 1, notHelpful: 2 }]);
    expect(await store.outcomeVotes(english)).toEqual([]);
    expect(await store.outcomeVotes(german)).toEqual([{ tree: 'windows-auth-login', outcome: 'fix-network', solved: 1, notSolved: 0 }]);

    expect(await store.stepFunnel(english)).toEqual([{ tree: 'windows-auth-login', step: 'which-browsers', entry: 'which-browsers', reached: 1, stopped: 1 }]);
    expect(await store.stepFunnel(german)).toEqual([
      { tree: 'windows-auth-login', step: 'fix-network', entry: 'which-browsers', reached: 1, stopped: 1 },
      { tree: 'windows-auth-login', step: 'which-browsers', entry: 'which-browsers', reached: 1, stopped: 0 },
    ]);
    expect((await store.stepFunnel(all)).find((row) => row.step === 'which-browsers')).toMatchObject({ reached: 2, stopped: 1 });

    expect((await store.unansweredSearches(german, 10)).queries.map((row) => row.query)).toEqual(['kennwort']);
    expect((await store.unansweredSearches(english, 10)).queries.map((row) => row.query)).toEqual(['password']);
    expect((await store.unansweredSearches(all, 10)).totals.searches).toBe(2);
  });

  it('migrates a version 4 database keeping its rows, read as English', async () => {
    const database = await target.fresh();
    const release4 = migrations.filter((migration) => migration.version <= 4);
    // The database as release 4 left it: its tables, and a row in each written by that release.
    await database.execRaw([
      MIGRATIONS_TABLE_SQL,
      ...release4.map((migration) => migration[database.dialect]),
      ...release4.map((migration) => `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, '${migration.name}', ${T0})`),
      `INSERT INTO feedback (id, kind, article, helpful, created_at) VALUES ('${sessionId(7)}', 'article', 'printer-offline', 1, ${T0})`,
      `INSERT INTO step_views (tree, tree_version, step, session, seq, created_at) VALUES ('windows-auth-login', 2, 'which-browsers', '${sessionId(1)}', 0, ${T0})`,
      `INSERT INTO search_events (kind, query, results, source, created_at) VALUES ('search', 'kerberos', 0, 'page', ${T0})`,
    ]);
    const store = await database.open();
    stores.push(store);
    expect(await store.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);

    expect(await store.articleVotes(english)).toEqual([{ article: 'printer-offline', helpful: 1, notHelpful: 0 }]);
    expect(await store.articleVotes(german)).toEqual([]);
    expect(await store.stepFunnel(english)).toHaveLength(1);
    expect(await store.stepFunnel(german)).toEqual([]);
    expect((await store.unansweredSearches(english, 10)).queries.map((row) => row.query)).toEqual(['kerberos']);
    expect((await store.unansweredSearches(german, 10)).totals.searches).toBe(0);
    // A vote written after the migration still says its own language.
    await store.recordVote(articleVote('printer-offline', false, 'de'), T0 + 1);
    expect(await store.articleVotes(german)).toEqual([{ article: 'printer-offline', helpful: 0, notHelpful: 1 }]);
  });
}
