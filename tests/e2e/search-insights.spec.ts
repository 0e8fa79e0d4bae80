import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

/**
 * "What readers looked for and did not find" on /insights, end to end: searches from the /search
 * page (with and without JavaScript) and from the header's box reach the CSV export. Each test
 * searches for words of its own, so a reused server's database does not change what it reads.
 */
const token = process.env.INSIGHTS_TOKEN ?? 'e2e-insights-token-0123456789';
const SETTLE_MS = 1200;

/** A word no article contains, different on every run. */
function nonsense(prefix: string): string {
  const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `${prefix}${letters}`;
}

/** The English unanswered-searches CSV row of `query`: [searches, found nothing, opened], or undefined when not listed. */
async function unanswered(request: APIRequestContext, query: string): Promise<number[] | undefined> {
  const response = await request.get('/insights/export?table=searches&lang=en', { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status()).toBe(200);
  const rows = (await response.text()).split('\r\n').map((line) => line.split(','));
  expect(rows[0]).toEqual(['language', 'query', 'searches', 'found_nothing', 'results_opened']);
  return rows.find((row) => row[1] === query)?.slice(2).map(Number);
}

async function typeInBox(page: Page, text: string) {
  const box = page.getByRole('combobox', { name: 'Search articles and troubleshooters' });
  await box.click();
  await box.pressSequentially(text, { delay: 20 });
  await expect(page.getByRole('search', { name: 'Site' }).getByRole('status')).toHaveText(/suggestion/);
  return box;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a search on the /search page counts, folded, when it found nothing', async ({ page, request }) => {
    const word = nonsense('zqxa');
    await page.goto(`/search?q=${encodeURIComponent(`  ${word.toUpperCase()}  Wébcam `)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(word.toUpperCase());
    await expect.poll(() => unanswered(request, `${word} webcam`)).toEqual([1, 1, 0]);
  });
});

test('the box counts a settled query that found nothing when the reader leaves it, not each key', async ({ page, request }) => {
  const word = nonsense('zqxb');
  await page.goto('/');
  const box = await typeInBox(page, word);
  await expect(page.getByRole('search', { name: 'Site' }).getByRole('status')).toHaveText(/^No suggestions/);
  // The query must stand for a moment to count as a search rather than a word being typed.
  await page.waitForTimeout(SETTLE_MS + 300);
  const sent = page.waitForResponse((response) => response.url().endsWith('/api/events') && response.status() === 201);
  // Leaving the form (the Search button is still inside it) is leaving the box.
  await page.locator('main').click({ position: { x: 2, y: 2 } });
  await expect(box).not.toBeFocused();
  await sent;
  await expect.poll(() => unanswered(request, word)).toEqual([1, 1, 0]);
  expect(await unanswered(request, word.slice(0, -1))).toBeUndefined();
});

test('a query whose suggestion was opened leaves the list; the /search page counts its own', async ({ page, request }) => {
  const query = `kerberos ${nonsense('zqxc')}`;
  // Shown on the /search page (the server counts it), nothing opened: listed.
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(query);
  await expect.poll(() => unanswered(request, query)).toEqual([1, 0, 0]);

  // Opened from the box: answered, so no longer listed.
  await page.goto('/');
  const box = await typeInBox(page, query);
  await expect(page.getByRole('option').first()).not.toHaveText(/^See all results/);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/articles\/|\/wizard\//);
  await expect.poll(() => unanswered(request, query)).toBeUndefined();
});

test('opening a result on the /search page counts the search as answered', async ({ page, request }) => {
  const query = `ntlm ${nonsense('zqxd')}`;
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await expect.poll(() => unanswered(request, query)).toEqual([1, 0, 0]);
  await page.locator('main ol a').first().click();
  await expect(page).not.toHaveURL(/\/search\?/);
  await expect.poll(() => unanswered(request, query)).toBeUndefined();
});
