import type { FeedbackVote, StepView } from './schema';
import type { ArticleVoteCount, ReportFilter, FeedbackCommentRow, OutcomeVoteCount, StepFunnelCount, StoredSearchEvent, UnansweredSearches } from './store';

const SEARCHES = `SUM(CASE WHEN kind = 'search' THEN 1 ELSE 0 END)`;
const FOUND_NOTHING = `SUM(CASE WHEN kind = 'search' AND results = 0 THEN 1 ELSE 0 END)`;
const OPENED = `SUM(CASE WHEN kind = 'opened' THEN 1 ELSE 0 END)`;
const searchCounts = `${SEARCHES} AS searches, ${FOUND_NOTHING} AS found_nothing, ${OPENED} AS opened`;
// A window and a language; a NULL language (all languages) matches every row. COALESCE rather than
// `? IS NULL OR …`, so PostgreSQL can tell the parameter's type from the column's.
const inFilter = `created_at >= ? AND created_at < ? AND language = COALESCE(?, language)`;

/**
 * SQL shared by both stores, written with `?` placeholders (SQLite's); the PostgreSQL store numbers
 * them. Sharing the text is what makes "same figures on either database" more than a hope.
 */
export const queries = {
  insertVote: `INSERT INTO feedback (id, kind, article, tree, tree_version, outcome, helpful, created_at, voter, language)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  // The same browser's vote on the same page (the voter key says both) inside the replace window
  // takes the new answer; its id, time and comment stay, so it is still one vote.
  replaceVote: `UPDATE feedback SET helpful = ? WHERE voter = ? AND created_at > ? RETURNING id`,
  // Only a vote without a comment, still inside its window, takes one: a second post cannot overwrite.
  addComment: `UPDATE feedback SET comment = ?, commented_at = ?
    WHERE id = ? AND comment IS NULL AND created_at >= ?`,
  voteById: `SELECT comment, created_at FROM feedback WHERE id = ?`,
  insertStepView: `INSERT INTO step_views (tree, tree_version, step, session, seq, created_at, language) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  articleVotes: `SELECT article, SUM(helpful) AS yes, COUNT(*) AS total FROM feedback
    WHERE kind = 'article' AND ${inFilter}
    GROUP BY article ORDER BY article`,
  outcomeVotes: `SELECT tree, outcome, SUM(helpful) AS yes, COUNT(*) AS total FROM feedback
    WHERE kind = 'outcome' AND ${inFilter}
    GROUP BY tree, outcome ORDER BY tree, outcome`,
  recentComments: `SELECT kind, article, tree, outcome, helpful, comment, commented_at FROM feedback
    WHERE comment IS NOT NULL AND commented_at >= ? AND commented_at < ? AND language = COALESCE(?, language)
    ORDER BY commented_at DESC, id DESC LIMIT ?`,
  // Each view carries its session's entry step: the session's first view (lowest seq, id breaking
  // ties). Computed here, not stored, so rows written before the split count the same way.
  stepsReached: `SELECT tree, step, entry, COUNT(DISTINCT session) AS sessions FROM (
      SELECT tree, step, session, FIRST_VALUE(step) OVER (PARTITION BY tree, session ORDER BY seq, id) AS entry
      FROM step_views WHERE ${inFilter}
    ) views
    GROUP BY tree, step, entry`,
  // A session stopped at the step it viewed last; seq orders views without trusting clocks, and
  // id breaks ties when a tab sent the same seq twice.
  stepsStopped: `SELECT tree, step, entry, COUNT(*) AS sessions FROM (
      SELECT tree, step,
        ROW_NUMBER() OVER (PARTITION BY tree, session ORDER BY seq DESC, id DESC) AS position,
        FIRST_VALUE(step) OVER (PARTITION BY tree, session ORDER BY seq, id) AS entry
      FROM step_views WHERE ${inFilter}
    ) last_views
    WHERE position = 1
    GROUP BY tree, step, entry`,
  insertSearchEvent: `INSERT INTO search_events (kind, query, results, source, created_at, language) VALUES (?, ?, ?, ?, ?, ?)`,
  searchTotals: `SELECT ${searchCounts} FROM search_events WHERE ${inFilter}`,
  // A query counts as answered once any of its results was opened and it never came up empty.
  unansweredSearches: `SELECT query, ${searchCounts} FROM search_events
    WHERE ${inFilter}
    GROUP BY query
    HAVING ${SEARCHES} > 0 AND (${FOUND_NOTHING} > 0 OR ${OPENED} = 0)
    ORDER BY searches DESC, found_nothing DESC, query
    LIMIT ?`,
  schemaVersion: `SELECT MAX(version) AS version FROM schema_migrations`,
  recordMigration: `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
} as const;

type Row = Record<string, unknown>;

// PostgreSQL returns COUNT and SUM as strings (they are BIGINT); SQLite returns numbers.
function toNumber(value: unknown): number {
  const number = typeof value === 'bigint' ? Number(value) : Number(value ?? 0);
  if (!Number.isFinite(number)) throw new TypeError(`expected a number from the database, got ${String(value)}`);
  return number;
}

function toText(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`expected text from the database, got ${String(value)}`);
  return value;
}

export function toArticleVoteCount(row: Row): ArticleVoteCount {
  const helpful = toNumber(row.yes);
  return { article: toText(row.article), helpful, notHelpful: toNumber(row.total) - helpful };
}

export function toOutcomeVoteCount(row: Row): OutcomeVoteCount {
  const solved = toNumber(row.yes);
  return { tree: toText(row.tree), outcome: toText(row.outcome), solved, notSolved: toNumber(row.total) - solved };
}

export function toCommentRow(row: Row): FeedbackCommentRow {
  const common = { helpful: toNumber(row.helpful) === 1, comment: toText(row.comment), at: toNumber(row.commented_at) };
  return row.kind === 'article'
    ? { kind: 'article', article: toText(row.article), ...common }
    : { kind: 'outcome', tree: toText(row.tree), outcome: toText(row.outcome), ...common };
}

/** Joins the two funnel queries: every step someone reached, per entry step, with how many stopped there. */
export function toStepFunnel(reachedRows: Row[], stoppedRows: Row[]): StepFunnelCount[] {
  const key = (row: Row) => `${toText(row.tree)}\0${toText(row.step)}\0${toText(row.entry)}`;
  const stopped = new Map(stoppedRows.map((row) => [key(row), toNumber(row.sessions)]));
  return reachedRows
    .map((row) => ({
      tree: toText(row.tree),
      step: toText(row.step),
      entry: toText(row.entry),
      reached: toNumber(row.sessions),
      stopped: stopped.get(key(row)) ?? 0,
    }))
    .sort((a, b) => a.tree.localeCompare(b.tree) || a.step.localeCompare(b.step) || a.entry.localeCompare(b.entry));
}

/** The parameters of `insertSearchEvent`, in its column order. */
export function insertSearchEventParams(event: StoredSearchEvent, at: number) {
  return event.kind === 'search'
    ? ['search', event.query, event.results, event.source, at, event.language]
    : ['opened', event.query, null, null, at, event.language];
}

/** The parameters of `insertStepView`, in its column order. */
export function insertStepViewParams(view: StepView, at: number) {
  return [view.tree, view.treeVersion, view.step, view.session, view.seq, at, view.language];
}

/** The parameters of a filtered read, in the order of its placeholders (limit, if any, after). */
export function filterParams({ from, to, language }: ReportFilter) {
  return [from, to, language ?? null];
}

/** The two search queries' rows as one answer; an empty window sums to NULL, read as 0. */
export function toUnansweredSearches(totalRow: Row | undefined, queryRows: Row[]): UnansweredSearches {
  const counts = (row: Row | undefined) => ({
    searches: toNumber(row?.searches),
    foundNothing: toNumber(row?.found_nothing),
    opened: toNumber(row?.opened),
  });
  return { totals: counts(totalRow), queries: queryRows.map((row) => ({ query: toText(row.query), ...counts(row) })) };
}

/** The parameters of `insertVote`, in its column order. */
export function insertVoteParams(id: string, vote: FeedbackVote, at: number, voter: string | null) {
  const subject = vote.kind === 'article' ? [vote.article, null, null, null] : [null, vote.tree, vote.treeVersion, vote.outcome];
  return [id, vote.kind, ...subject, vote.helpful ? 1 : 0, at, voter, vote.language];
}
