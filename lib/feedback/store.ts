import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { FeedbackVote, StepView } from './schema';

/** A half-open time window in epoch milliseconds: `from <= t < to`. */
export interface TimeRange {
  from: number;
  to: number;
}

/** What a report reads: a time window, and one site language or (without `language`) all of them. */
export interface ReportFilter extends TimeRange {
  language?: SiteLanguage;
}

/** Yes/no counts for one article. */
export interface ArticleVoteCount {
  article: string;
  helpful: number;
  notHelpful: number;
}

/** Solved/not solved counts for one troubleshooter outcome (all tree versions together). */
export interface OutcomeVoteCount {
  tree: string;
  outcome: string;
  solved: number;
  notSolved: number;
}

/** A comment left after a vote; `kind` says which fields name its subject. */
export type FeedbackCommentRow =
  | { kind: 'article'; article: string; helpful: boolean; comment: string; at: number }
  | { kind: 'outcome'; tree: string; outcome: string; helpful: boolean; comment: string; at: number };

/**
 * For one step of one tree and one entry step: sessions that viewed it, and sessions whose last view
 * it was. `entry` is where those sessions began (their first view): the tree's start, or a step
 * opened from a link.
 */
export interface StepFunnelCount {
  tree: string;
  step: string;
  entry: string;
  reached: number;
  stopped: number;
}

/** Where a search was made: the header's box (with JavaScript) or the /search page's server render. */
export type SearchSource = 'box' | 'page';

/** One stored search event; the query is already folded (lib/feedback/search-query.ts). */
export type StoredSearchEvent =
  | { kind: 'search'; query: string; results: number; source: SearchSource; language: SiteLanguage }
  | { kind: 'opened'; query: string; language: SiteLanguage };

/** One query that found nothing at least once, or whose results nobody opened. */
export interface UnansweredSearchCount {
  query: string;
  searches: number;
  /** Searches of it that showed no result at all. */
  foundNothing: number;
  /** Results opened after searching it. */
  opened: number;
}

/** Searches in a window: the totals, and the queries readers did not find an answer for. */
export interface UnansweredSearches {
  totals: { searches: number; foundNothing: number; opened: number };
  queries: UnansweredSearchCount[];
}

/** What happened to a comment posted for a vote id. */
export type AddCommentResult = 'added' | 'not-found' | 'already-commented' | 'expired';

/** How long after a vote its comment is accepted: long enough to write, short enough to forget ids. */
export const COMMENT_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Where feedback lives. Two implementations (SQLite, PostgreSQL) pass the same test suite; callers
 * never know which one they hold. Every write is one transaction: it is stored whole or not at all.
 */
export interface FeedbackStore {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Stores a vote and returns its random id, which lets the same visitor add a comment once. With a
   * `browser` id, a vote from that browser on the same page within a day is replaced instead: the
   * answer changes, the count does not, and the earlier vote's id comes back.
   */
  recordVote(vote: FeedbackVote, at: number, browser?: string): Promise<string>;
  addComment(id: string, comment: string, at: number): Promise<AddCommentResult>;
  recordStepViews(views: readonly StepView[], at: number): Promise<void>;
  /** Stores searches and opened results, all of them or none. */
  recordSearchEvents(events: readonly StoredSearchEvent[], at: number): Promise<void>;
  // Every read takes a window and, optionally, the one site language to count.
  articleVotes(filter: ReportFilter): Promise<ArticleVoteCount[]>;
  outcomeVotes(filter: ReportFilter): Promise<OutcomeVoteCount[]>;
  /** Newest first, at most `limit`. */
  recentComments(filter: ReportFilter, limit: number): Promise<FeedbackCommentRow[]>;
  /** A session's entry and last step are those of its views in the filter's language. */
  stepFunnel(filter: ReportFilter): Promise<StepFunnelCount[]>;
  /** Queries that found nothing or whose results nobody opened: most searched first, at most `limit`. */
  unansweredSearches(filter: ReportFilter, limit: number): Promise<UnansweredSearches>;
  /** The schema version the database is at (the last migration applied). */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

// Next bundles route handlers and pages apart, so one store (shared per process) can throw an
// error made by another copy of this class: `instanceof` would miss it, a registered symbol does not.
const UNAVAILABLE = Symbol.for('fixpath.feedback.storage-unavailable');

/**
 * The database cannot be reached or written (down, full, locked for too long, unwritable path).
 * The API turns it into a 503; pages that do not need feedback never see it.
 */
export class StorageUnavailableError extends Error {
  readonly [UNAVAILABLE] = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

/** True for a {@link StorageUnavailableError} from any copy of this module. */
export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return typeof error === 'object' && error !== null && (error as { [UNAVAILABLE]?: unknown })[UNAVAILABLE] === true;
}
