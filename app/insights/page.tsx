import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { InsightsLogin } from '@/components/feedback/insights-login';
import { InsightsReportView } from '@/components/feedback/insights-report-view';
import { resolveDayRange } from '@/lib/feedback/date-range';
import { INSIGHTS_COOKIE, insightsAccess, insightsTokenStatus } from '@/lib/feedback/insights-auth';
import { loadInsightsReport } from '@/lib/feedback/insights-report';
import { feedbackStore } from '@/lib/feedback/open-store.server';
import { parseReportLanguage } from '@/lib/feedback/report-language';
import { siteCatalog } from '@/lib/feedback/site-catalog.server';
import { isStorageUnavailable } from '@/lib/feedback/store';

export const metadata: Metadata = { title: 'Insights', robots: { index: false, follow: false } };

// Rendered per request: it depends on the sign-in cookie and on the feedback stored so far.
export const dynamic = 'force-dynamic';

interface InsightsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export default async function InsightsPage({ searchParams }: InsightsPageProps) {
  const status = insightsTokenStatus();
  const [params, cookieStore, headerStore] = await Promise.all([searchParams, cookies(), headers()]);
  const access = insightsAccess(
    status,
    { cookie: cookieStore.get(INSIGHTS_COOKIE)?.value, authorization: headerStore.get('authorization') },
    Date.now(),
  );
  if (!status.enabled) {
    return (
      <div className="max-w-xl">
        <h1 className="text-3xl font-bold">Insights</h1>
        <p className="mt-3">{status.reason}</p>
        <p className="mt-3 text-muted">Set INSIGHTS_TOKEN (16 characters or more) in the server’s environment and restart it.</p>
      </div>
    );
  }
  if (access !== 'open') return <InsightsLogin failed={single(params.login) === 'failed'} />;

  const range = resolveDayRange({ from: single(params.from), to: single(params.to) }, Date.now());
  const { language, problem } = parseReportLanguage(single(params.lang));
  const notices = problem ? [...range.problems, `${problem}, so all languages are shown`] : range.problems;
  try {
    const report = await loadInsightsReport(await feedbackStore(), { ...range.window, language }, range.days, siteCatalog());
    return <InsightsReportView report={report} notices={notices} />;
  } catch (error) {
    if (!isStorageUnavailable(error)) throw error;
    console.error(`[insights] ${error.message}`);
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold">Insights</h1>
        <p role="alert" className="mt-4 font-semibold">
          The feedback database is unavailable, so there are no figures to show right now.
        </p>
        <p className="mt-2">{error.message}</p>
      </div>
    );
  }
}
