import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insightsCsv, toCsv } from '@/lib/feedback/csv';
import { loadInsightsReport, type InsightsReport } from '@/lib/feedback/insights-report';
import { parseReportLanguage, reportLanguageName } from '@/lib/feedback/report-language';
import { openSqliteStore } from '@/lib/feedback/sqlite-store.server';
import { formatTextReport } from '@/lib/feedback/text-report';
import { loadTree } from '../wizard/load-fixture';
import { articleVote, outcomeVote, sessionId, stepView, T0 } from './fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-report-'));
const store = openSqliteStore(path.join(dir, 'fixpath.db'));
const catalog = {
  articles: [
    { slug: 'printer-offline', title: 'The printer is offline' },
    { slug: 'vpn-drops', title: 'The VPN drops' },
  ],
  trees: [loadTree('windows-auth-login').tree],
};
let report: InsightsReport;

beforeAll(async () => {
  await store.recordVote(articleVote('printer-offline', true), T0);
  const id = await store.recordVote(articleVote('printer-offline', false), T0);
  await store.addComment(id, '=HYPERLINK("x") and, "quotes"\nsecond line', T0 + 1);
  await store.recordVote(articleVote('retired-article', true), T0);
  await store.recordVote(outcomeVote('fix-network', true), T0);
  await store.recordStepViews([stepView(sessionId(1), 'which-browsers', 0), stepView(sessionId(1), 'can-reach-dc', 1), stepView(sessionId(1), 'fix-network', 2)], T0);
  await store.recordStepViews([stepView(sessionId(2), 'which-browsers', 0), stepView(sessionId(2), 'can-reach-dc', 1)], T0);
  await store.recordStepViews([stepView(sessionId(3), 'old-step', 0)], T0);
  // A pasted link opened at a result: a session, but not one that began at the first question.
  await store.recordStepViews([stepView(sessionId(4), 'fix-network', 0)], T0);
  await store.recordSearchEvents(
    [
      { kind: 'search', query: 'printer offline', results: 0, source: 'page', language: 'en' },
      { kind: 'search', query: 'kerberos', results: 4, source: 'box', language: 'en' },
      { kind: 'opened', query: 'kerberos', language: 'en' },
    ],
    T0,
  );
  report = await loadInsightsReport(store, { from: 0, to: T0 + 10 }, { from: '2026-01-01', to: '2026-01-10' }, catalog);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the insights report', () => {
  it('lists every published article, silent ones included, and articles that are gone', () => {
    expect(report.articles).toEqual([
      { slug: 'printer-offline', title: 'The printer is offline', helpful: 1, notHelpful: 1 },
      { slug: 'vpn-drops', title: 'The VPN drops', helpful: 0, notHelpful: 0 },
      { slug: 'retired-article', title: 'retired-article', helpful: 1, notHelpful: 0 },
    ]);
  });

  it('names outcomes by their titles, with zero rows for outcomes nobody voted on', () => {
    expect(report.outcomes.find((row) => row.outcome === 'fix-network')).toMatchObject({ solved: 1, notSolved: 0, treeTitle: expect.any(String) });
    expect(report.outcomes.filter((row) => row.solved + row.notSolved === 0)).toHaveLength(3);
  });

  it('orders the funnel as a user meets the steps, with depth, and keeps retired steps', () => {
    const [funnel] = report.funnels;
    expect(funnel).toMatchObject({ tree: 'windows-auth-login', fromStart: { sessions: 2, atResult: 1 }, midTree: { sessions: 2, atResult: 1 } });
    expect(funnel!.steps.map((step) => [step.id, step.depth, step.reached, step.stopped])).toEqual([
      ['which-browsers', 0, 2, 0],
      ['can-reach-dc', 1, 2, 1],
      ['server-providers', 1, 0, 0],
      ['negotiate-enabled', 2, 0, 0],
      ['fix-network', 2, 2, 2],
      ['fix-server-providers', 2, 0, 0],
      ['escalate', 2, 0, 0],
      ['fix-client-registry', 3, 0, 0],
      ['old-step', 0, 1, 1],
    ]);
    expect(funnel!.steps.at(-1)!.kind).toBe('retired');
  });

  it('exports CSV safe for spreadsheets: quoted fields, and formulas defused', () => {
    expect(toCsv([['a,b', 'say "hi"', 3]])).toBe('"a,b","say ""hi""",3\r\n');
    const comments = insightsCsv([report], 'comments');
    expect(comments.split('\r\n')[0]).toBe('language,at,subject,page,vote,comment');
    expect(comments).toContain(`,The printer is offline,/articles/printer-offline,no,"'=HYPERLINK(""x"") and, ""quotes""\nsecond line"`);
    expect(insightsCsv([report], 'articles')).toContain('all,printer-offline,The printer is offline,1,1,50\r\n');
    expect(insightsCsv([report], 'articles')).toContain('all,vpn-drops,The VPN drops,0,0,\r\n');
    expect(insightsCsv([report], 'funnel')).toContain('all,windows-auth-login,can-reach-dc,question,1,');
    // reached, stopped, then from the start (reached, stopped), from a link (reached, stopped), began here.
    expect(insightsCsv([report], 'funnel')).toMatch(/^all,windows-auth-login,fix-network,outcome,2,[^\r\n]*,2,2,1,1,1,1,1\r$/m);
  });

  it('exports the searches nobody found an answer for: articles to write next', () => {
    expect(insightsCsv([report], 'searches')).toBe('language,query,searches,found_nothing,results_opened\r\nall,printer offline,1,1,0\r\n');
  });

  it('splits the CSV rows by language, each row saying its language, and names the language in the text', async () => {
    // A window of its own, after the one the other tests read.
    const window = { from: T0 + 100, to: T0 + 200 };
    const days = { from: '2026-01-10', to: '2026-01-10' };
    await store.recordVote(articleVote('printer-offline', true, 'en'), T0 + 100);
    await store.recordVote(articleVote('vpn-drops', false, 'de'), T0 + 100);
    await store.recordStepViews([stepView(sessionId(9), 'which-browsers', 0, 'windows-auth-login', 'de')], T0 + 100);
    const [english, german] = await Promise.all((['en', 'de'] as const).map((language) => loadInsightsReport(store, { ...window, language }, days, catalog)));
    const articles = insightsCsv([english!, german!], 'articles');
    expect(articles).toContain('en,vpn-drops,The VPN drops,0,0,\r\n');
    expect(articles).toContain('de,vpn-drops,The VPN drops,0,1,0\r\n');
    expect(articles).toContain('en,printer-offline,The printer is offline,1,0,100\r\n');
    expect(articles).toContain('de,printer-offline,The printer is offline,0,0,\r\n');
    expect(insightsCsv([german!], 'funnel')).toMatch(/^de,windows-auth-login,which-browsers,question,0,[^\r\n]*,1,1,1,1,0,0,1\r$/m);
    expect(formatTextReport(german!, 'SQLite file test.db')).toContain('Fixpath insights in German from 2026-01-10 to 2026-01-10');
  });

  it('prints the same figures as text for the command line', () => {
    const text = formatTextReport(report, 'SQLite file test.db');
    expect(text).toContain('Fixpath insights in all languages from 2026-01-01 to 2026-01-10 (UTC days, both included), read from SQLite file test.db');
    expect(text).toMatch(/ {7}1 {5}1 {4}50% {2}The printer is offline \(printer-offline\)/);
    expect(text).toContain('  2 sessions began at the first question, 1 of them reached a result (50%)');
    expect(text).toContain('  2 sessions opened mid-tree from a link, 1 of them at a result (not in that share)');
    expect(text).toContain('    second line');
    expect(text).toContain('What readers looked for and did not find (2 searches, 1 found nothing, 1 results opened)');
    expect(text).toMatch(/ {8}1 {7}1 {6}0 {2}printer offline/);
  });

  it('reads the language asked for, all of them by default, and names a value that is no site language', () => {
    for (const all of [undefined, null, '', 'all']) expect(parseReportLanguage(all)).toEqual({});
    expect(parseReportLanguage('de')).toEqual({ language: 'de' });
    expect(parseReportLanguage('fr')).toEqual({ problem: `"fr" is not one of the site's languages (all, en, de)` });
    expect([reportLanguageName(undefined), reportLanguageName('en'), reportLanguageName('de')]).toEqual(['all languages', 'English', 'German']);
  });
});
