import type { NextRequest } from 'next/server';
import { CSV_TABLES, insightsCsv, isCsvTable } from '@/lib/feedback/csv';
import { resolveDayRange } from '@/lib/feedback/date-range';
import { INSIGHTS_COOKIE, insightsAccess, insightsTokenStatus } from '@/lib/feedback/insights-auth';
import { loadInsightsReport } from '@/lib/feedback/insights-report';
import { feedbackStore } from '@/lib/feedback/open-store.server';
import { exportLanguages, parseReportLanguage } from '@/lib/feedback/report-language';
import { problem } from '@/lib/feedback/responses';
import { siteCatalog } from '@/lib/feedback/site-catalog.server';
import { isStorageUnavailable } from '@/lib/feedback/store';

/**
 * `GET /insights/export?table=articles|outcomes|funnel|comments|searches&from=YYYY-MM-DD&to=YYYY-MM-DD&lang=en|de`:
 * one table of /insights as CSV, its rows split by language (one language's rows with `lang`). Needs the
 * sign-in cookie or `Authorization: Bearer <INSIGHTS_TOKEN>`.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const status = insightsTokenStatus();
  const access = insightsAccess(
    status,
    { cookie: request.cookies.get(INSIGHTS_COOKIE)?.value, authorization: request.headers.get('authorization') },
    Date.now(),
  );
  if (access === 'disabled') return problem(403, 'insights-disabled', status.enabled ? '' : status.reason);
  if (access === 'locked') {
    return problem(401, 'unauthorized', 'Sign in at /insights first, or send Authorization: Bearer <INSIGHTS_TOKEN>.', {
      headers: { 'WWW-Authenticate': 'Bearer realm="insights"' },
    });
  }
  const params = request.nextUrl.searchParams;
  const table = params.get('table');
  if (!isCsvTable(table)) return problem(400, 'invalid-input', `table must be one of: ${CSV_TABLES.join(', ')}.`);
  const range = resolveDayRange({ from: params.get('from'), to: params.get('to') }, Date.now());
  if (range.problems.length > 0) return problem(400, 'invalid-input', `The date range is not valid: ${range.problems.join('; ')}.`);
  const { language, problem: languageProblem } = parseReportLanguage(params.get('lang'));
  if (languageProblem) return problem(400, 'invalid-input', `The language is not valid: ${languageProblem}.`);

  try {
    const store = await feedbackStore();
    const reports = await Promise.all(
      exportLanguages(language).map((each) => loadInsightsReport(store, { ...range.window, language: each }, range.days, siteCatalog())),
    );
    const name = ['fixpath', table, language, range.days.from, 'to', range.days.to].filter(Boolean).join('-');
    return new Response(insightsCsv(reports, table), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    if (!isStorageUnavailable(error)) throw error;
    console.error(`[insights] ${error.message}`);
    return problem(503, 'storage-unavailable', 'The feedback database is unavailable, so there is nothing to export right now.');
  }
}
