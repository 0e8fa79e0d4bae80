import 'server-only';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { MIGRATIONS_TABLE_SQL, pendingMigrations } from './migrations';
import { VOTE_REPLACE_WINDOW_MS, voterKey } from './browser-id';
import { filterParams, insertSearchEventParams, insertStepViewParams, insertVoteParams, queries, toArticleVoteCount, toCommentRow, toOutcomeVoteCount, toStepFunnel, toUnansweredSearches } from './queries';
import type { FeedbackVote, StepView } from './schema';
import { COMMENT_WINDOW_MS, StorageUnavailableError, type AddCommentResult, type FeedbackStore, type ReportFilter, type StoredSearchEvent } from './store';

type Row = Record<string, unknown>;

/** Options for {@link openPostgresStore}. */
export interface PostgresStoreOptions {
  connectionString: string;
  /** A schema to create and use instead of `public`: lets tests share one database without sharing tables. */
  schema?: string;
  /** Pool size per app instance; PostgreSQL's own limit is shared by every instance. */
  maxConnections?: number;
}

// Any app instance may start first; this lock makes the others wait while it migrates.
const MIGRATION_LOCK_KEY = 7_320_416;
// With a voter's hash as the second key: two instances taking the same browser's votes at once
// cannot both find no earlier vote and both insert. (The two-key form is a lock space of its own.)
const VOTER_LOCK_CLASS = 7_320_417;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/** `?` placeholders (shared SQL) to PostgreSQL's `$1, $2, …`. The shared SQL holds no literal `?`. */
export function numberPlaceholders(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

// Connection-level failures (refused, reset, timed out, server shutting down, too many clients):
// the database is unavailable, not the request wrong.
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (/^E[A-Z]+$/.test(code) || /^(08|53|57P)/.test(code))) return true;
  const message = error instanceof Error ? error.message : '';
  return /timeout|terminated|Connection|ECONNREFUSED/i.test(message);
}

function unavailable(error: unknown): unknown {
  if (!isUnavailable(error)) return error;
  const detail = error instanceof Error && error.message ? error.message : String(error);
  return new StorageUnavailableError(
    `The feedback database (PostgreSQL) cannot be reached: ${detail}; check that the server DATABASE_URL names is running and accepts connections from this machine.`,
    { cause: error },
  );
}

async function inTransaction<T>(pool: pg.Pool, body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await body(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function migrate(pool: pg.Pool, schema: string | undefined) {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(MIGRATIONS_TABLE_SQL);
    const { rows } = await client.query<Row>(queries.schemaVersion);
    for (const migration of pendingMigrations(Number(rows[0]?.version ?? 0))) {
      await client.query(migration.postgres);
      await client.query(numberPlaceholders(queries.recordMigration), [migration.version, migration.name, Date.now()]);
    }
  });
}

/**
 * The shared store for several app instances. Opening it checks the connection and migrates, so a
 * wrong DATABASE_URL shows up at the first request that needs feedback, with the reason.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<FeedbackStore> {
  const { connectionString, schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 3000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle connection dropped by the server emits here; without a listener it would crash the process.
  pool.on('error', () => undefined);

  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unavailable(error);
  }

  async function all(sql: string, params: unknown[]): Promise<Row[]> {
    try {
      return (await pool.query<Row>(numberPlaceholders(sql), params)).rows;
    } catch (error) {
      throw unavailable(error);
    }
  }

  return {
    dialect: 'postgres',
    async recordVote(vote: FeedbackVote, at: number, browser?: string) {
      const id = randomUUID();
      if (browser === undefined) {
        await all(queries.insertVote, insertVoteParams(id, vote, at, null));
        return id;
      }
      const voter = voterKey(browser, vote);
      try {
        return await inTransaction(pool, async (client) => {
          await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [VOTER_LOCK_CLASS, voter]);
          const earlier = await client.query<Row>(numberPlaceholders(queries.replaceVote), [vote.helpful ? 1 : 0, voter, at - VOTE_REPLACE_WINDOW_MS]);
          if (earlier.rows[0]) return String(earlier.rows[0].id);
          await client.query(numberPlaceholders(queries.insertVote), insertVoteParams(id, vote, at, voter));
          return id;
        });
      } catch (error) {
        throw unavailable(error);
      }
    },
    async addComment(id: string, comment: string, at: number): Promise<AddCommentResult> {
      try {
        const updated = await pool.query(numberPlaceholders(queries.addComment), [comment, at, id, at - COMMENT_WINDOW_MS]);
        if (updated.rowCount === 1) return 'added';
      } catch (error) {
        throw unavailable(error);
      }
      const [row] = await all(queries.voteById, [id]);
      if (!row) return 'not-found';
      return row.comment === null ? 'expired' : 'already-commented';
    },
    async recordStepViews(views: readonly StepView[], at: number) {
      // One multi-row INSERT is one statement, hence atomic, and one round trip.
      const columns = 7;
      const values = views.map((_, row) => `(${Array.from({ length: columns }, (_, col) => `$${row * columns + col + 1}`).join(', ')})`);
      const params = views.flatMap((view) => insertStepViewParams(view, at));
      try {
        await pool.query(
          `INSERT INTO step_views (tree, tree_version, step, session, seq, created_at, language) VALUES ${values.join(', ')}`,
          params,
        );
      } catch (error) {
        throw unavailable(error);
      }
    },
    async recordSearchEvents(events: readonly StoredSearchEvent[], at: number) {
      // One multi-row INSERT: atomic, one round trip.
      const columns = 6;
      const values = events.map((_, row) => `(${Array.from({ length: columns }, (_, col) => `$${row * columns + col + 1}`).join(', ')})`);
      try {
        await pool.query(
          `INSERT INTO search_events (kind, query, results, source, created_at, language) VALUES ${values.join(', ')}`,
          events.flatMap((event) => insertSearchEventParams(event, at)),
        );
      } catch (error) {
        throw unavailable(error);
      }
    },
    articleVotes: async (filter: ReportFilter) => (await all(queries.articleVotes, filterParams(filter))).map(toArticleVoteCount),
    outcomeVotes: async (filter: ReportFilter) => (await all(queries.outcomeVotes, filterParams(filter))).map(toOutcomeVoteCount),
    recentComments: async (filter: ReportFilter, limit: number) =>
      (await all(queries.recentComments, [...filterParams(filter), limit])).map(toCommentRow),
    async stepFunnel(filter: ReportFilter) {
      // One snapshot for both queries, so "stopped here" never exceeds "reached".
      try {
        return await inTransaction(pool, async (client) => {
          await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
          const reached = await client.query<Row>(numberPlaceholders(queries.stepsReached), filterParams(filter));
          const stopped = await client.query<Row>(numberPlaceholders(queries.stepsStopped), filterParams(filter));
          return toStepFunnel(reached.rows, stopped.rows);
        });
      } catch (error) {
        throw unavailable(error);
      }
    },
    async unansweredSearches(filter: ReportFilter, limit: number) {
      try {
        return await inTransaction(pool, async (client) => {
          await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
          const totals = await client.query<Row>(numberPlaceholders(queries.searchTotals), filterParams(filter));
          const rows = await client.query<Row>(numberPlaceholders(queries.unansweredSearches), [...filterParams(filter), limit]);
          return toUnansweredSearches(totals.rows[0], rows.rows);
        });
      } catch (error) {
        throw unavailable(error);
      }
    },
    schemaVersion: async () => Number((await all(queries.schemaVersion, []))[0]?.version ?? 0),
    close: () => pool.end(),
  };
}
