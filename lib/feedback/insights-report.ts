import type { WizardTree } from '@/lib/wizard/schema';
import type { DayRange } from './date-range';
import { buildFunnel, type TreeFunnel } from './funnel';
import type { FeedbackStore, ReportFilter, UnansweredSearches } from './store';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { articlePath, stepPath } from '@/lib/paths';

/** What the report needs to know about the site to name things: titles of articles and trees. */
export interface SiteCatalog {
  articles: readonly { slug: string; title: string }[];
  trees: readonly WizardTree[];
}

/** Helpful / not helpful for one article (zero rows included, so silent articles show too). */
export interface ArticleFeedbackRow {
  slug: string;
  title: string;
  helpful: number;
  notHelpful: number;
}

/** Solved / not solved for one troubleshooter outcome. */
export interface OutcomeFeedbackRow {
  tree: string;
  treeTitle: string;
  outcome: string;
  outcomeTitle: string;
  solved: number;
  notSolved: number;
}

/** A comment with a readable subject and the page it is about. */
export interface CommentEntry {
  subject: string;
  href: string;
  /** The vote the comment followed: helpful / solved. */
  helpful: boolean;
  comment: string;
  at: string;
}

/** Everything /insights, its CSV export and `npm run insights` show: one model, three views. */
export interface InsightsReport {
  days: DayRange;
  /** The one site language counted, or undefined for all of them together. */
  language: SiteLanguage | undefined;
  articles: ArticleFeedbackRow[];
  outcomes: OutcomeFeedbackRow[];
  comments: CommentEntry[];
  funnels: TreeFunnel[];
  /** Searches that found nothing or whose results nobody opened: the articles to write next. */
  searches: UnansweredSearches;
}

/** How many unanswered searches the report lists, most searched first. */
export const UNANSWERED_SEARCHES = 200;

/** How many comments the report lists. */
export const RECENT_COMMENTS = 50;

/** Share of `part` in `total` as a whole percentage, or "–" when there is nothing to divide. */
export function percent(part: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((part / total) * 100)}%`;
}

function outcomeTitle(tree: WizardTree | undefined, outcome: string): string {
  const node = tree?.nodes.find((candidate) => candidate.id === outcome);
  return node?.type === 'outcome' ? node.title : outcome;
}

/** Reads the figures for a time window (and one language, or all) and names them from the catalog. */
export async function loadInsightsReport(store: FeedbackStore, filter: ReportFilter, days: DayRange, catalog: SiteCatalog): Promise<InsightsReport> {
  const [articleVotes, outcomeVotes, comments, funnelCounts, searches] = await Promise.all([
    store.articleVotes(filter),
    store.outcomeVotes(filter),
    store.recentComments(filter, RECENT_COMMENTS),
    store.stepFunnel(filter),
    store.unansweredSearches(filter, UNANSWERED_SEARCHES),
  ]);
  const trees = new Map(catalog.trees.map((tree) => [tree.id, tree]));
  const articleTitles = new Map(catalog.articles.map((article) => [article.slug, article.title]));

  const votesByArticle = new Map(articleVotes.map((row) => [row.article, row]));
  const articles = [...new Set([...catalog.articles.map((article) => article.slug), ...votesByArticle.keys()])].map((slug) => ({
    slug,
    title: articleTitles.get(slug) ?? slug,
    helpful: votesByArticle.get(slug)?.helpful ?? 0,
    notHelpful: votesByArticle.get(slug)?.notHelpful ?? 0,
  }));

  const votesByOutcome = new Map(outcomeVotes.map((row) => [`${row.tree}/${row.outcome}`, row]));
  const outcomeKeys = catalog.trees.flatMap((tree) => tree.nodes.filter((node) => node.type === 'outcome').map((node) => `${tree.id}/${node.id}`));
  const outcomes = [...new Set([...outcomeKeys, ...votesByOutcome.keys()])].map((key) => {
    const [treeId = '', outcome = ''] = key.split('/');
    const tree = trees.get(treeId);
    const votes = votesByOutcome.get(key);
    return {
      tree: treeId,
      treeTitle: tree?.title ?? treeId,
      outcome,
      outcomeTitle: outcomeTitle(tree, outcome),
      solved: votes?.solved ?? 0,
      notSolved: votes?.notSolved ?? 0,
    };
  });

  const commentEntries = comments.map((row): CommentEntry => {
    const common = { helpful: row.helpful, comment: row.comment, at: new Date(row.at).toISOString() };
    if (row.kind === 'article') {
      return { subject: articleTitles.get(row.article) ?? row.article, href: articlePath(row.article), ...common };
    }
    const tree = trees.get(row.tree);
    return { subject: `${tree?.title ?? row.tree} › ${outcomeTitle(tree, row.outcome)}`, href: stepPath(row.tree, row.outcome), ...common };
  });

  const treeIds = [...new Set([...catalog.trees.map((tree) => tree.id), ...funnelCounts.map((count) => count.tree)])];
  const funnels = treeIds.map((id) => buildFunnel(id, trees.get(id), funnelCounts));

  return { days, language: filter.language, articles, outcomes, comments: commentEntries, funnels, searches };
}
