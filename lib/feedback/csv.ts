import type { InsightsReport } from './insights-report';

/** The tables the CSV export offers, one file each. */
export const CSV_TABLES = ['articles', 'outcomes', 'funnel', 'comments', 'searches'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export function isCsvTable(value: unknown): value is CsvTable {
  return typeof value === 'string' && (CSV_TABLES as readonly string[]).includes(value);
}

// Comments are visitor input: a cell starting with = + - @ would run as a formula in a spreadsheet.
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// A number a spreadsheet can sum; empty when nothing was counted.
function share(part: number, total: number): string | number {
  return total === 0 ? '' : Math.round((part / total) * 1000) / 10;
}

/** RFC 4180 CSV: CRLF line ends, quoted where needed. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

// "from_start": sessions whose first view was the tree's first question; the rest were opened
// mid-tree from a link. "entered_here": sessions whose first view was this step.
const HEADERS: Record<CsvTable, readonly string[]> = {
  articles: ['article', 'title', 'helpful', 'not_helpful', 'helpful_percent'],
  outcomes: ['tree', 'outcome', 'title', 'solved', 'not_solved', 'solved_percent'],
  funnel: [
    'tree', 'step', 'kind', 'depth', 'label', 'sessions_reached', 'sessions_stopped',
    'reached_from_start', 'stopped_from_start', 'reached_from_link', 'stopped_from_link', 'entered_here',
  ],
  searches: ['query', 'searches', 'found_nothing', 'results_opened'],
  comments: ['at', 'subject', 'page', 'vote', 'comment'],
};

/**
 * One table of the reports as CSV, each row led by the language its figures count ("all" for a
 * report of every language together): one report per language splits the rows by language.
 */
export function insightsCsv(reports: readonly InsightsReport[], table: CsvTable): string {
  const rows = reports.flatMap((report) => csvRows(report, table).map((row) => [report.language ?? 'all', ...row]));
  return toCsv([['language', ...HEADERS[table]], ...rows]);
}

// One row per figure of one report, in the order of HEADERS[table].
function csvRows(report: InsightsReport, table: CsvTable): (string | number)[][] {
  switch (table) {
    case 'articles':
      return report.articles.map((row) => [row.slug, row.title, row.helpful, row.notHelpful, share(row.helpful, row.helpful + row.notHelpful)]);
    case 'outcomes':
      return report.outcomes.map((row) => [row.tree, row.outcome, row.outcomeTitle, row.solved, row.notSolved, share(row.solved, row.solved + row.notSolved)]);
    case 'funnel':
      return report.funnels.flatMap((funnel) =>
        funnel.steps.map((step) => [
          funnel.tree, step.id, step.kind, step.depth, step.label, step.reached, step.stopped,
          step.reachedFromStart, step.stoppedFromStart, step.reached - step.reachedFromStart, step.stopped - step.stoppedFromStart, step.entered,
        ]),
      );
    case 'searches':
      // "Articles to write next": queries as folded when stored, most searched first.
      return report.searches.queries.map((row) => [row.query, row.searches, row.foundNothing, row.opened]);
    case 'comments':
      return report.comments.map((row) => [row.at, row.subject, row.href, row.helpful ? 'yes' : 'no', row.comment]);
  }
}
