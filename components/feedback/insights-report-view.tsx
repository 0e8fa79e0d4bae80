import { CSV_TABLES } from '@/lib/feedback/csv';
import type { InsightsReport } from '@/lib/feedback/insights-report';
import { reportLanguageName } from '@/lib/feedback/report-language';
import { DateRangeForm } from './date-range-form';
import { FunnelChart } from './funnel-chart';
import { FunnelSessionCounts } from './funnel-session-counts';
import { RecentComments } from './recent-comments';
import { UnansweredSearchesTable } from './unanswered-searches';
import { ArticleFeedbackTable, OutcomeFeedbackTable } from './vote-tables';
import { INSIGHTS_LOGOUT_PATH } from '@/lib/paths';

const sectionHeading = 'mt-10 text-2xl font-semibold';

/** The whole /insights page once signed in: filter, figures, charts, comments and CSV links. */
export function InsightsReportView({ report, notices }: { report: InsightsReport; notices: string[] }) {
  const { from, to } = report.days;
  const language = reportLanguageName(report.language);
  const csvHref = (table: string) => `/insights/export?${new URLSearchParams({ table, from, to, ...(report.language ? { lang: report.language } : {}) }).toString()}`;
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-3xl font-bold">Insights</h1>
        <form method="post" action={INSIGHTS_LOGOUT_PATH}>
          <button type="submit" className="underline">
            Sign out
          </button>
        </form>
      </div>
      <p className="mt-2 text-muted">
        Feedback in <strong data-testid="insights-language">{language}</strong> from {from} to {to} (UTC days, both
        included). Each vote counts one browser’s answer on one page:
        a browser that answers the same page again within a day changes its answer, it does not add one, and the
        vote keeps the day of its first answer. Votes from before this rule counted every click.
      </p>
      <DateRangeForm days={report.days} language={report.language} />
      {notices.length > 0 ? (
        <ul role="status" className="mt-3 list-disc pl-6 text-sm">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}

      <section aria-labelledby="insights-articles">
        <h2 id="insights-articles" className={sectionHeading}>Articles: was this article helpful?</h2>
        <ArticleFeedbackTable rows={report.articles} />
      </section>
      <section aria-labelledby="insights-outcomes">
        <h2 id="insights-outcomes" className={sectionHeading}>Troubleshooter results: did this solve your problem?</h2>
        <OutcomeFeedbackTable rows={report.outcomes} />
      </section>
      <section aria-labelledby="insights-funnels">
        <h2 id="insights-funnels" className={sectionHeading}>Where troubleshooter sessions go</h2>
        <p className="mt-2 text-sm text-muted">
          A session is one browser tab. “Stopped there” is the last step it viewed: at a question, that is where it gave up.
          A session that began at a later step (a link pasted into a ticket, a bookmark) is counted apart: it may open at a
          result without answering anything, so “reached a result” is a share of the sessions that began at the first question.
        </p>
        {report.funnels.map((funnel) => (
          <section key={funnel.tree} aria-labelledby={`funnel-heading-${funnel.tree}`}>
            <h3 id={`funnel-heading-${funnel.tree}`} className="mt-6 text-xl font-semibold">{funnel.title}</h3>
            <FunnelSessionCounts funnel={funnel} />
            <FunnelChart funnel={funnel} />
          </section>
        ))}
      </section>
      <section aria-labelledby="insights-searches">
        <h2 id="insights-searches" className={sectionHeading}>What readers looked for and did not find</h2>
        <UnansweredSearchesTable searches={report.searches} />
      </section>
      <section aria-labelledby="insights-comments">
        <h2 id="insights-comments" className={sectionHeading}>Recent comments</h2>
        <RecentComments comments={report.comments} />
      </section>
      <section aria-labelledby="insights-export">
        <h2 id="insights-export" className={sectionHeading}>Download as CSV</h2>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          {CSV_TABLES.map((table) => (
            <li key={table}>
              <a href={csvHref(table)} download>
                {table === 'searches' ? 'unanswered searches: articles to write next' : table} ({from} to {to}
                {report.language ? `, ${language}` : ', a row per language'})
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
