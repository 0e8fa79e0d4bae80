import { expect, type APIRequestContext } from '@playwright/test';
import type { SiteLanguage } from '../../lib/i18n/site-languages';

const token = process.env.INSIGHTS_TOKEN ?? 'e2e-insights-token-0123456789';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const match of text.matchAll(/((?:"(?:[^"]|"")*"|[^,\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n]*))*)\r\n/g)) {
    const cells = [...match[1]!.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((cell) => cell[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
    rows.push(cells);
  }
  return rows;
}

/**
 * The rows of one table of the CSV export for one language, read with the token as a bearer header.
 * Every row says its language; that is checked too.
 */
export async function exportRows(request: APIRequestContext, table: string, language: SiteLanguage): Promise<string[][]> {
  const response = await request.get(`/insights/export?table=${table}&lang=${language}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const [header, ...rows] = parseCsv(await response.text());
  expect(header?.[0]).toBe('language');
  expect(rows.every((cells) => cells[0] === language)).toBe(true);
  return rows;
}

/** [yes, no] of the CSV row for `key` (an article's slug, or `tree/outcome`) in one language. */
export async function counts(request: APIRequestContext, table: 'articles' | 'outcomes', key: string, language: SiteLanguage = 'en'): Promise<[number, number]> {
  const rows = await exportRows(request, table, language);
  const row = rows.find((cells) => (table === 'articles' ? cells[1] : `${cells[1]}/${cells[2]}`) === key);
  const [yes, no] = table === 'articles' ? [row?.[3], row?.[4]] : [row?.[4], row?.[5]];
  return [Number(yes ?? 0), Number(no ?? 0)];
}
