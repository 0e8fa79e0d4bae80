import { expect, test, type Page } from '@playwright/test';
import { counts, exportRows } from './insights-export';

/**
 * Votes carry the language of the page they were cast on, and /insights reads each language apart
 * (issue 27). An article no other browser test votes on, and counts compared before and after, so
 * a reused server's database or a parallel spec does not change what these tests read. Serial: the
 * two tests change the same counts.
 */
test.describe.configure({ mode: 'serial' });

const token = process.env.INSIGHTS_TOKEN ?? 'e2e-insights-token-0123456789';
const article = 'kerberos-double-hop-delegation';
// By its id and its buttons' values rather than its words, which follow the page's language.
const vote = (page: Page, answer: 'yes' | 'no') => page.locator('#feedback').locator(`button[name="helpful"][value="${answer}"]`);

/** Signs in to /insights and chooses German in the filter form: a plain GET form, so this works without JavaScript. */
async function showGermanInsights(page: Page) {
  await page.goto('/insights');
  await page.getByLabel('Insights token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/[?&]lang=de(&|$)/);
  await expect(page.getByTestId('insights-language')).toHaveText('German');
}

test('a vote on a German article shows under German on /insights, not under English', async ({ page, request }) => {
  const [germanYes, germanNo] = await counts(request, 'articles', article, 'de');
  const english = await counts(request, 'articles', article, 'en');

  await page.goto(`/de/articles/${article}`);
  const stored = page.waitForResponse((response) => response.url().endsWith('/api/feedback') && response.status() === 201);
  await vote(page, 'yes').click();
  await stored;

  expect(await counts(request, 'articles', article, 'de')).toEqual([germanYes + 1, germanNo]);
  expect(await counts(request, 'articles', article, 'en')).toEqual(english);
  await showGermanInsights(page);
  await expect(page.locator(`tr[data-article="${article}"] td[data-column="helpful"]`)).toHaveText(String(germanYes + 1));
  // The CSV links keep the language chosen.
  await expect(page.getByRole('link', { name: /^articles \(.*, German\)$/ })).toHaveAttribute('href', /[?&]lang=de(&|$)/);
});

test('a German troubleshooter step view is sent with its language and counts in the German funnel', async ({ browser, request }) => {
  // Sessions that reached the step, from the funnel CSV (language, tree, step, kind, depth, label, reached, …).
  const reached = async (language: 'en' | 'de') =>
    Number((await exportRows(request, 'funnel', language)).find((cells) => cells[1] === 'windows-auth-login' && cells[2] === 'fix-firefox')?.[6] ?? 0);
  const german = await reached('de');
  // A context of its own is a new tab session.
  const reader = await browser.newContext();
  const tab = await reader.newPage();
  const stored = tab.waitForResponse((response) => response.url().endsWith('/api/events') && response.status() === 201);
  await tab.goto('/de/wizard/windows-auth-login/fix-firefox?answers=which-browsers-fail:only-firefox');
  expect((await stored).request().postDataJSON()).toMatchObject({ events: [{ type: 'step-view', step: 'fix-firefox', language: 'de' }] });
  await reader.close();
  // At least: other specs running at once may view the same German step (English ones surely do).
  expect(await reached('de')).toBeGreaterThan(german);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a vote posted by the German page’s plain form counts under German', async ({ page, request }) => {
    const [germanYes, germanNo] = await counts(request, 'articles', article, 'de');
    const english = await counts(request, 'articles', article, 'en');

    await page.goto(`/de/articles/${article}`);
    await expect(page.locator('#feedback input[name="language"]')).toHaveValue('de');
    await vote(page, 'no').click();
    await expect(page).toHaveURL(/\/feedback\/thanks\?back=%2Fde%2Farticles%2F/);

    expect(await counts(request, 'articles', article, 'de')).toEqual([germanYes, germanNo + 1]);
    expect(await counts(request, 'articles', article, 'en')).toEqual(english);
    await showGermanInsights(page);
    await expect(page.locator(`tr[data-article="${article}"] td[data-column="not-helpful"]`)).toHaveText(String(germanNo + 1));
  });
});
