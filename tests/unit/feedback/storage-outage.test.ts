import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openFeedbackStore } from '@/lib/feedback/open-store.server';
import { openSqliteStore, sqliteUnavailable } from '@/lib/feedback/sqlite-store.server';
import type { FeedbackStore } from '@/lib/feedback/store';
import { ARTICLE, everything, freshApiPerTest, jsonPost } from './api-harness';
import { articleVote, T0 } from './fixtures';

const fresh = freshApiPerTest();
const dirs: string[] = [];
const stores: FeedbackStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

const vote = () => jsonPost('/api/feedback', { kind: 'article', article: ARTICLE, helpful: true });
const NOBODY = 65534;

/**
 * Runs `open` as a user without write access. Root may write any file, so as root the effective
 * user is switched for the synchronous open alone (SQLite decides read-only at open); vitest runs
 * each test file in a process of its own, so nothing else shares the switch.
 */
function asUnprivileged<T>(open: () => T): T {
  const { seteuid } = process;
  if (process.getuid?.() !== 0 || !seteuid) return open();
  seteuid(NOBODY);
  try {
    return open();
  } finally {
    seteuid(0);
  }
}

describe('a database that cannot be written', () => {
  it('answers votes 503 with a clear message while the file is read-only, logs it once, and says when it works again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-readonly-'));
    dirs.push(dir);
    const file = path.join(dir, 'fixpath.db');
    const seeded = openSqliteStore(file);
    await seeded.recordVote(articleVote(ARTICLE, false), T0);
    await seeded.close();
    // A database deployed read-only: the file and its folder readable, writable by no one.
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);

    const { api, logged } = fresh({
      store: async () => {
        const store = await asUnprivileged(() => openFeedbackStore({ dialect: 'sqlite', file }));
        stores.push(store);
        return store;
      },
    });
    const answers = [await api.postVote(vote()), await api.postVote(vote()), await api.postVote(vote())];
    expect(answers.map((answer) => answer.status)).toEqual([503, 503, 503]);
    expect(await answers[0]!.json()).toEqual({
      error: 'storage-unavailable',
      message: 'Feedback cannot be saved right now: its database is unavailable. Nothing was stored; please try again later.',
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`The feedback database file ${file} cannot be used (SQLITE_`);
    expect(logged[0]).toContain('make the file and its folder writable by the user the site runs as');
    expect(logged[0]).toContain('Logged once');

    // The operator's fix: the site's user may write the file and its folder (for the WAL files) again.
    chmodSync(dir, 0o777);
    chmodSync(file, 0o666);
    expect((await api.postVote(vote())).status).toBe(201);
    expect(logged[1]).toBe('Feedback storage works again; 3 requests were refused with 503 meanwhile.');
    expect(await stores.at(-1)!.articleVotes(everything)).toEqual([{ article: ARTICLE, helpful: 1, notHelpful: 1 }]);
  });

  it('answers 503 and logs once when the disk is full (simulated at the store: SQLite’s own SQLITE_FULL error on every write)', async () => {
    // A real "database or disk is full" from the driver, made by a database capped at two pages.
    const capped = new Database(':memory:');
    capped.pragma('max_page_count = 2');
    capped.exec('CREATE TABLE filler (bytes BLOB)');
    let full: unknown;
    try {
      capped.prepare('INSERT INTO filler VALUES (zeroblob(100000))').run();
    } catch (error) {
      full = error;
    }
    capped.close();
    expect((full as { code?: string }).code).toBe('SQLITE_FULL');

    const { api, store, logged } = fresh();
    const fullDisk: FeedbackStore = { ...store, recordVote: () => Promise.reject(sqliteUnavailable(full, '/var/lib/fixpath/fixpath.db')) };
    const { api: onFullDisk, logged: fullLog } = fresh({ store: async () => fullDisk });
    for (let n = 0; n < 5; n++) expect((await onFullDisk.postVote(vote())).status).toBe(503);
    expect(fullLog).toEqual([
      'The feedback database file /var/lib/fixpath/fixpath.db cannot be used (SQLITE_FULL: database or disk is full); free space on the disk that holds it. ' +
        'Feedback is refused with 503 until this is fixed; pages are not affected. Logged once; the log says when it works again.',
    ]);
    // The same store's reads and other writes are untouched.
    expect((await api.postVote(vote())).status).toBe(201);
    expect(logged).toEqual([]);
  });
});
