import 'server-only';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS_TABLE_SQL, pendingMigrations } from './migrations';
import { VOTE_REPLACE_WINDOW_MS, voterKey } from './browser-id';
import { filterParams, insertSearchEventParams, insertStepViewParams, insertVoteParams, queries, toArticleVoteCount, toCommentRow, toOutcomeVoteCount, toStepFunnel, toUnansweredSearches } from './queries';
import type { FeedbackVote, StepView } from './schema';
import { COMMENT_WINDOW_MS, StorageUnavailableError, type AddCommentResult, type FeedbackStore, type ReportFilter, type StoredSearchEvent } from './store';

type Row = Record<string, unknown>;

/** How long a writer waits for another process's write lock before giving up with a 503. */
const BUSY_TIMEOUT_MS = 5000;

// Error codes that mean "the file cannot be used right now", as opposed to a bug in our SQL.
const UNAVAILABLE_CODES = /^SQLITE_(CANTOPEN|BUSY|LOCKED|IOERR|FULL|READONLY|PERM|NOTADB|CORRUPT)/;

// What an operator can do about each kind of failure, by SQLite result code or system error code.
const ADVICE: [RegExp, string][] = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT|EFBIG)/, 'free space on the disk that holds it'],
  [/^(SQLITE_READONLY|SQLITE_PERM|SQLITE_AUTH|EACCES|EPERM|EROFS)/, 'make the file and its folder writable by the user the site runs as'],
  [/^(SQLITE_BUSY|SQLITE_LOCKED)/, 'another process holds its write lock too long: look for a stuck process using the file'],
  [/^(SQLITE_CORRUPT|SQLITE_NOTADB)/, 'stop the site and restore the latest backup (README: Backing up feedback)'],
];
const DEFAULT_ADVICE = 'check that FIXPATH_DB names a file in a folder the site can create and write';

/**
 * The driver's error as a {@link StorageUnavailableError} that says what is wrong, with which file,
 * and what to do; other errors (a bug in our SQL) are returned as they are.
 */
export function sqliteUnavailable(error: unknown, file: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !(UNAVAILABLE_CODES.test(code) || /^E[A-Z]+$/.test(code))) return error;
  const advice = ADVICE.find(([codes]) => codes.test(code))?.[1] ?? DEFAULT_ADVICE;
  return new StorageUnavailableError(`The feedback database file ${path.resolve(file)} cannot be used (${code}: ${(error as Error).message}); ${advice}.`, {
    cause: error,
  });
}

function migrate(db: Database.Database) {
  db.exec(MIGRATIONS_TABLE_SQL);
  // IMMEDIATE takes the write lock before reading the version, so two processes starting at once
  // cannot both apply the same step.
  db.transaction(() => {
    const current = Number((db.prepare(queries.schemaVersion).get() as Row).version ?? 0);
    for (const migration of pendingMigrations(current)) {
      db.exec(migration.sqlite);
      db.prepare(queries.recordMigration).run(migration.version, migration.name, Date.now());
    }
  }).immediate();
}

/**
 * The embedded store: one file, created (with its folder) on first use. WAL lets readers go on while
 * one writer writes, and several processes may share the file on one machine; more machines need
 * PostgreSQL. better-sqlite3 is synchronous, so each method's work runs to completion before any
 * other JavaScript, which makes every transaction here trivially isolated within the process.
 */
export function openSqliteStore(file: string): FeedbackStore {
  let db: Database.Database;
  try {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commits.
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (error) {
    throw sqliteUnavailable(error, file);
  }

  const statements = {
    insertVote: db.prepare(queries.insertVote),
    replaceVote: db.prepare(queries.replaceVote),
    addComment: db.prepare(queries.addComment),
    voteById: db.prepare(queries.voteById),
    insertStepView: db.prepare(queries.insertStepView),
    articleVotes: db.prepare(queries.articleVotes),
    outcomeVotes: db.prepare(queries.outcomeVotes),
    recentComments: db.prepare(queries.recentComments),
    stepsReached: db.prepare(queries.stepsReached),
    stepsStopped: db.prepare(queries.stepsStopped),
    insertSearchEvent: db.prepare(queries.insertSearchEvent),
    searchTotals: db.prepare(queries.searchTotals),
    unansweredSearches: db.prepare(queries.unansweredSearches),
    schemaVersion: db.prepare(queries.schemaVersion),
  };

  // IMMEDIATE: another process's vote from the same browser cannot land between the look and the insert.
  const castVote = db.transaction((vote: FeedbackVote, at: number, browser: string | undefined): string => {
    const voter = browser === undefined ? null : voterKey(browser, vote);
    if (voter !== null) {
      const earlier = statements.replaceVote.get(vote.helpful ? 1 : 0, voter, at - VOTE_REPLACE_WINDOW_MS) as Row | undefined;
      if (earlier) return String(earlier.id);
    }
    const id = randomUUID();
    statements.insertVote.run(...insertVoteParams(id, vote, at, voter));
    return id;
  });

  const insertStepViews = db.transaction((views: readonly StepView[], at: number) => {
    for (const view of views) {
      statements.insertStepView.run(...insertStepViewParams(view, at));
    }
  });

  const insertSearchEvents = db.transaction((events: readonly StoredSearchEvent[], at: number) => {
    for (const event of events) statements.insertSearchEvent.run(...insertSearchEventParams(event, at));
  });

  // One read transaction, so another process's commit cannot land between the two queries.
  const readUnansweredSearches = db.transaction((filter: ReportFilter, limit: number) =>
    toUnansweredSearches(
      statements.searchTotals.get(...filterParams(filter)) as Row | undefined,
      statements.unansweredSearches.all(...filterParams(filter), limit) as Row[],
    ),
  );

  const readFunnel = db.transaction((filter: ReportFilter) =>
    toStepFunnel(statements.stepsReached.all(...filterParams(filter)) as Row[], statements.stepsStopped.all(...filterParams(filter)) as Row[]),
  );

  // Wraps a synchronous body so driver errors become StorageUnavailableError where they should.
  function run<T>(body: () => T): Promise<T> {
    try {
      return Promise.resolve(body());
    } catch (error) {
      return Promise.reject(sqliteUnavailable(error, file));
    }
  }

  return {
    dialect: 'sqlite',
    recordVote: (vote: FeedbackVote, at: number, browser?: string) => run(() => castVote.immediate(vote, at, browser)),
    addComment: (id: string, comment: string, at: number) =>
      run((): AddCommentResult => {
        if (statements.addComment.run(comment, at, id, at - COMMENT_WINDOW_MS).changes === 1) return 'added';
        const row = statements.voteById.get(id) as Row | undefined;
        if (!row) return 'not-found';
        return row.comment === null ? 'expired' : 'already-commented';
      }),
    recordStepViews: (views: readonly StepView[], at: number) => run(() => insertStepViews(views, at)),
    recordSearchEvents: (events: readonly StoredSearchEvent[], at: number) => run(() => insertSearchEvents(events, at)),
    articleVotes: (filter: ReportFilter) => run(() => (statements.articleVotes.all(...filterParams(filter)) as Row[]).map(toArticleVoteCount)),
    outcomeVotes: (filter: ReportFilter) => run(() => (statements.outcomeVotes.all(...filterParams(filter)) as Row[]).map(toOutcomeVoteCount)),
    recentComments: (filter: ReportFilter, limit: number) =>
      run(() => (statements.recentComments.all(...filterParams(filter), limit) as Row[]).map(toCommentRow)),
    stepFunnel: (filter: ReportFilter) => run(() => readFunnel(filter)),
    unansweredSearches: (filter: ReportFilter, limit: number) => run(() => readUnansweredSearches(filter, limit)),
    schemaVersion: () => run(() => Number((statements.schemaVersion.get() as Row).version ?? 0)),
    close: () => run(() => void db.close()),
  };
}
