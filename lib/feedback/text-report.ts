import type { TreeFunnel } from './funnel';
import { percent, type InsightsReport } from './insights-report';
import { reportLanguageName } from './report-language';

const BAR_WIDTH = 24;

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

function bar(count: number, max: number): string {
  const length = max === 0 ? 0 : Math.round((count / max) * BAR_WIDTH);
  return '█'.repeat(length).padEnd(BAR_WIDTH, '·');
}

function funnelLines(funnel: TreeFunnel): string[] {
  const max = Math.max(0, ...funnel.steps.map((step) => step.reached));
  return [
    `${funnel.title} (${funnel.tree}):`,
    `  ${funnel.fromStart.sessions} sessions began at the first question, ${funnel.fromStart.atResult} of them reached a result (${percent(funnel.fromStart.atResult, funnel.fromStart.sessions)})`,
    `  ${funnel.midTree.sessions} sessions opened mid-tree from a link, ${funnel.midTree.atResult} of them at a result (not in that share)`,
    `  ${'reached'.padEnd(BAR_WIDTH + 6)} stopped  step`,
    ...funnel.steps.map((step) => {
      const kind = step.kind === 'outcome' ? 'Result: ' : step.kind === 'retired' ? 'Removed step: ' : '';
      return `  ${bar(step.reached, max)}${pad(step.reached, 6)} ${pad(step.stopped, 7)}  ${'  '.repeat(step.depth)}${kind}${step.label}`;
    }),
  ];
}

/** The figures of /insights as plain text for `npm run insights`: same model, same numbers. */
export function formatTextReport(report: InsightsReport, storage: string): string {
  const { from, to } = report.days;
  const lines = [
    `Fixpath insights in ${reportLanguageName(report.language)} from ${from} to ${to} (UTC days, both included), read from ${storage}`,
    '',
    'Articles: was this article helpful?',
    `  ${'helpful'} ${'not'.padStart(5)} ${'share'.padStart(6)}  article`,
    ...report.articles.map(
      (row) => `  ${pad(row.helpful, 7)} ${pad(row.notHelpful, 5)} ${pad(percent(row.helpful, row.helpful + row.notHelpful), 6)}  ${row.title} (${row.slug})`,
    ),
    '',
    'Troubleshooter results: did this solve your problem?',
    `  ${'solved'} ${'not'.padStart(5)} ${'rate'.padStart(6)}  result`,
    ...report.outcomes.map(
      (row) => `  ${pad(row.solved, 6)} ${pad(row.notSolved, 5)} ${pad(percent(row.solved, row.solved + row.notSolved), 6)}  ${row.treeTitle} › ${row.outcomeTitle} (${row.tree}/${row.outcome})`,
    ),
    '',
    'Where troubleshooter sessions go ("stopped" = the last step a tab viewed)',
    ...report.funnels.flatMap((funnel) => [...funnelLines(funnel), '']),
    `What readers looked for and did not find (${report.searches.totals.searches} searches, ${report.searches.totals.foundNothing} found nothing, ${report.searches.totals.opened} results opened)`,
    `  ${'searches'} ${'nothing'.padStart(7)} ${'opened'.padStart(6)}  query`,
    ...report.searches.queries.map((row) => `  ${pad(row.searches, 8)} ${pad(row.foundNothing, 7)} ${pad(row.opened, 6)}  ${row.query}`),
    '',
    `Recent comments (${report.comments.length})`,
    ...report.comments.flatMap((entry) => [
      `  ${entry.at.slice(0, 16).replace('T', ' ')} UTC  ${entry.subject} (answered ${entry.helpful ? 'yes' : 'no'})`,
      ...entry.comment.split(/\r?\n/).map((line) => `    ${line}`),
    ]),
  ];
  return `${lines.join('\n')}\n`;
}
