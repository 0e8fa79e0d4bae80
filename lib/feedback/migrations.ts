/**
 * The database schema, as numbered steps. A step, once released, never changes: a new need is a new
 * step. Both dialects apply the same list, so a SQLite file and a PostgreSQL database at the same
 * version have the same tables. Timestamps are epoch milliseconds in BIGINT columns in both, so
 * every query reads the same on either database.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const feedbackTable = `
  CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('article', 'outcome')),
    article TEXT,
    tree TEXT,
    tree_version INTEGER,
    outcome TEXT,
    helpful SMALLINT NOT NULL CHECK (helpful IN (0, 1)),
    comment TEXT CHECK (comment IS NULL OR length(comment) <= 1000),
    created_at BIGINT NOT NULL,
    commented_at BIGINT,
    CHECK (
      (kind = 'article' AND article IS NOT NULL AND tree IS NULL AND outcome IS NULL)
      OR (kind = 'outcome' AND article IS NULL AND tree IS NOT NULL AND tree_version IS NOT NULL AND outcome IS NOT NULL)
    )
  );
  CREATE INDEX feedback_created_at ON feedback (created_at);
  CREATE INDEX feedback_commented_at ON feedback (commented_at) WHERE comment IS NOT NULL;
`;

// Only the identity column differs: SQLite's INTEGER PRIMARY KEY is its rowid.
const stepViewsTable = (idColumn: string) => `
  CREATE TABLE step_views (
    id ${idColumn},
    tree TEXT NOT NULL,
    tree_version INTEGER NOT NULL,
    step TEXT NOT NULL,
    session TEXT NOT NULL,
    seq INTEGER NOT NULL,
    created_at BIGINT NOT NULL
  );
  CREATE INDEX step_views_created_at ON step_views (created_at);
`;

// Which browser cast a vote, as a hash of its random id and the page (lib/feedback/browser-id.ts),
// so its next vote on that page within a day replaces this one. Older votes have none.
const voterColumn = `
  ALTER TABLE feedback ADD COLUMN voter TEXT;
  CREATE INDEX feedback_voter ON feedback (voter, created_at) WHERE voter IS NOT NULL;
`;

// What readers searched for (folded, lib/feedback/search-query.ts) and whether they opened a
// result: no session, browser, address or page is stored with it.
const searchEventsTable = (idColumn: string) => `
  CREATE TABLE search_events (
    id ${idColumn},
    kind TEXT NOT NULL CHECK (kind IN ('search', 'opened')),
    query TEXT NOT NULL CHECK (length(query) BETWEEN 1 AND 200),
    results INTEGER CHECK (results IS NULL OR results >= 0),
    source TEXT CHECK (source IS NULL OR source IN ('box', 'page')),
    created_at BIGINT NOT NULL,
    CHECK ((kind = 'search' AND results IS NOT NULL AND source IS NOT NULL) OR (kind = 'opened' AND results IS NULL))
  );
  CREATE INDEX search_events_created_at ON search_events (created_at);
`;

// The site language of the page a vote, step view or search came from, so /insights can read each
// language apart. Rows written before pages had languages came from English pages. The API checks
// the value against the site's languages; the column does not, so adding a language needs no step.
const languageColumns = `
  ALTER TABLE feedback ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
  ALTER TABLE step_views ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
  ALTER TABLE search_events ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
`;

export const migrations: readonly Migration[] = [
  { version: 1, name: 'feedback votes and comments', sqlite: feedbackTable, postgres: feedbackTable },
  {
    version: 2,
    name: 'troubleshooter step views',
    sqlite: stepViewsTable('INTEGER PRIMARY KEY'),
    postgres: stepViewsTable('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY'),
  },
  { version: 3, name: 'one vote per browser per page per day', sqlite: voterColumn, postgres: voterColumn },
  {
    version: 4,
    name: 'searches and opened results',
    sqlite: searchEventsTable('INTEGER PRIMARY KEY'),
    postgres: searchEventsTable('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY'),
  },
  { version: 5, name: 'the site language of votes, step views and searches', sqlite: languageColumns, postgres: languageColumns },
];

/** The version a fully migrated database is at. */
export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;

export const MIGRATIONS_TABLE_SQL = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at BIGINT NOT NULL
  )
`;

/** The database was migrated by a newer release of the app: running older code on it could corrupt it. */
export class SchemaTooNewError extends Error {
  constructor(found: number) {
    super(
      `The feedback database is at schema version ${found}, but this release of Fixpath knows only up to ` +
        `${LATEST_SCHEMA_VERSION}. Deploy the newer release, or point FIXPATH_DB / DATABASE_URL at another database.`,
    );
    this.name = 'SchemaTooNewError';
  }
}

/** The steps still to apply to a database whose highest applied version is `current`, in order. */
export function pendingMigrations(current: number, all: readonly Migration[] = migrations): Migration[] {
  const latest = all.at(-1)?.version ?? 0;
  if (current > latest) throw new SchemaTooNewError(current);
  return all.filter((migration) => migration.version > current);
}
