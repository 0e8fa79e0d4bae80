/**
 * `npm run insights -- [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--lang en|de] [--csv articles|outcomes|funnel|comments|searches]`:
 * the figures of /insights on the command line, from the same database the app uses (DATABASE_URL,
 * else FIXPATH_DB, else data/fixpath.db). Without --since: the last 30 days. Without --lang: all
 * languages together, and CSV rows split by language.
 */
import { parseArgs } from 'node:util';
import { describeStorage, feedbackStorageConfig } from '../lib/feedback/config';
import { CSV_TABLES, insightsCsv, isCsvTable } from '../lib/feedback/csv';
import { parseDay, resolveDayRange } from '../lib/feedback/date-range';
import { loadInsightsReport } from '../lib/feedback/insights-report';
import { exportLanguages, parseReportLanguage } from '../lib/feedback/report-language';
import { openFeedbackStore } from '../lib/feedback/open-store.server';
import { siteCatalog } from '../lib/feedback/site-catalog.server';
import { formatTextReport } from '../lib/feedback/text-report';

const { values } = parseArgs({ options: { since: { type: 'string' }, until: { type: 'string' }, lang: { type: 'string' }, csv: { type: 'string' } } });

function fail(message: string): never {
  console.error(`insights: ${message}`);
  process.exit(2);
}

for (const [flag, value] of [['--since', values.since], ['--until', values.until]] as const) {
  if (value !== undefined && parseDay(value) === undefined) fail(`${flag} "${value}" is not a date like 2026-01-31.`);
}
const range = resolveDayRange({ from: values.since, to: values.until }, Date.now());
if (range.problems.length > 0) fail(`${range.problems.join('; ')}.`);
if (values.csv !== undefined && !isCsvTable(values.csv)) fail(`--csv must be one of: ${CSV_TABLES.join(', ')}.`);
const { language, problem } = parseReportLanguage(values.lang);
if (problem) fail(`--lang ${problem}.`);

const config = feedbackStorageConfig();
const store = await openFeedbackStore(config).catch((error: Error) => fail(error.message));
try {
  const load = (each: typeof language) => loadInsightsReport(store, { ...range.window, language: each }, range.days, siteCatalog());
  process.stdout.write(
    isCsvTable(values.csv)
      ? insightsCsv(await Promise.all(exportLanguages(language).map(load)), values.csv)
      : formatTextReport(await load(language), describeStorage(config)),
  );
} finally {
  await store.close();
}
