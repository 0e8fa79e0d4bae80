import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { counts } from './insights-export';

/**
 * Feedback end to end on `next start`: votes from an article and a troubleshooter outcome (with and
 * without JavaScript) show up on /insights, which needs the token. Counts are compared before and
 * after, so the test also works against a reused server whose database already holds votes. Serial:
 * every test here changes the counts the others read.
 */
test.describe.configure({ mode: 'serial' });

const token = process.env.INSIGHTS_TOKEN ?? 'e2e-insights-token-0123456789';
const article = 'windows-auth-fails-in-ie-edge';
const tree = 'windows-auth-login';
const outcome = 'fix-firefox';

async function signIn(page: Page) {
  await page.goto('/insights');
  await page.getByLabel('Insights token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

test('a vote on an article and on an outcome shows on /insights with the token', async ({ page, request }) => {
  const [helpfulBefore] = await counts(request, 'articles', article);
  const [, notSolvedBefore] = await counts(request, 'outcomes', `${tree}/${outcome}`);
  const comment = `e2e comment ${Date.now()}`;

  await page.goto(`/articles/${article}`);
  const feedback = page.getByRole('region', { name: 'Was this article helpful?' });
  await feedback.getByRole('button', { name: 'Yes' }).click();
  await expect(feedback.getByText('Thank you for your feedback.')).toBeFocused();
  await feedback.getByLabel('Anything to add? (optional)').fill(comment);
  await feedback.getByRole('button', { name: 'Send comment' }).click();
  await expect(feedback.getByText('Thank you: your comment was sent.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/articles/${article}$`));

  // Reached by answering, as a user would: the step views go to the funnel on the way.
  await page.goto(`/wizard/${tree}/which-browsers-fail`);
  await expect(page.locator('ul[data-enhanced]')).toBeVisible();
  await page.getByRole('link', { name: /^Only Firefox fails/ }).click();
  await expect(page).toHaveURL(new RegExp(`/wizard/${tree}/${outcome}\\?answers=`));
  const solved = page.getByRole('region', { name: 'Did this solve your problem?' });
  await solved.getByRole('button', { name: 'No' }).click();
  await expect(solved.getByLabel('What was missing or wrong? (optional)')).toBeVisible();

  await signIn(page);
  await expect(page.locator(`tr[data-article="${article}"] td[data-column="helpful"]`)).toHaveText(String(helpfulBefore + 1));
  await expect(page.locator(`tr[data-outcome="${tree}/${outcome}"] td[data-column="not-solved"]`)).toHaveText(String(notSolvedBefore + 1));
  await expect(page.getByRole('region', { name: 'Recent comments' }).getByText(comment)).toBeVisible();
  const funnel = page.locator(`figure[data-funnel="${tree}"] svg[role="img"]`);
  await expect(funnel).toBeVisible();
  await expect(funnel.locator(`g[data-step="${outcome}"] text`).last()).toHaveText(/^[1-9]\d* reached, \d+ from start · \d+ ended here$/);
});

test('without the token /insights shows only the sign-in form, and the export refuses', async ({ page, request }) => {
  await page.goto('/insights');
  await expect(page.getByLabel('Insights token')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByLabel('Insights token').fill('not-the-right-token-at-all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Next's route announcer is an alert too: look for ours by its text.
  await expect(page.getByRole('alert').filter({ hasText: 'That token is not right' })).toBeVisible();
  await expect(page).toHaveURL(/\/insights\?login=failed$/);
  await expect(page.getByRole('table')).toHaveCount(0);

  const refused = await request.get('/insights/export?table=articles');
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: 'unauthorized' });
  expect((await request.get('/insights/export?table=articles', { headers: { Authorization: 'Bearer wrong-token-wrong-token' } })).status()).toBe(401);
});

test('the API refuses a cross-site post', async ({ request }) => {
  const response = await request.post('/api/feedback', {
    headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    data: { kind: 'article', article, helpful: true },
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ error: 'cross-origin' });
});

/** The funnel's session counts on /insights, in the words the page uses. */
async function sessionCounts(page: Page): Promise<{ fromStart: number; midTree: number }> {
  await page.goto('/insights');
  const counts = page.locator(`[data-funnel-counts="${tree}"]`);
  const first = async (kind: string) => Number((await counts.locator(`dd[data-count="${kind}"]`).innerText()).match(/^\d+/)?.[0]);
  return { fromStart: await first('from-start'), midTree: await first('mid-tree') };
}

test('a pasted link opened at a result counts as opened mid-tree, not as a session that began at the start', async ({ page, browser }) => {
  await signIn(page);
  const before = await sessionCounts(page);
  const counts = page.locator(`[data-funnel-counts="${tree}"]`);
  await expect(counts.getByText('Began at the first question', { exact: true })).toBeVisible();
  await expect(counts.getByText('Opened mid-tree from a link', { exact: true })).toBeVisible();

  // A new browser context is a new tab session, as an agent's link opened by a user would be.
  const reader = await browser.newContext();
  const tab = await reader.newPage();
  const stored = tab.waitForResponse((response) => response.url().endsWith('/api/events') && response.status() === 201);
  await tab.goto(`/wizard/${tree}/${outcome}?answers=which-browsers-fail:only-firefox`);
  await stored;
  await reader.close();

  await expect.poll(() => sessionCounts(page)).toEqual({ fromStart: before.fromStart, midTree: before.midTree + 1 });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`/insights passes axe-core in ${colorScheme} mode, signed in and at the sign-in form`, async ({ page }) => {
    // Two full axe runs over every funnel bar, table and text: on a shared, busy machine that alone
    // took the whole default timeout.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto('/insights');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await signIn(page);
    await page.locator('details').first().evaluate((details) => details.setAttribute('open', ''));
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an article vote and its comment go through the thank-you page and back', async ({ page, request }) => {
    const [, notHelpfulBefore] = await counts(request, 'articles', article);
    await page.goto(`/articles/${article}`);
    await page.getByRole('region', { name: 'Was this article helpful?' }).getByRole('button', { name: 'No' }).click();
    await expect(page).toHaveURL(/\/feedback\/thanks\?back=%2Farticles%2F.*&vote=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    await page.getByLabel('Anything to add? (optional)').fill('Sent without JavaScript');
    await page.getByRole('button', { name: 'Send comment' }).click();
    await expect(page.getByText('Your comment was sent too.')).toBeVisible();
    await page.getByRole('link', { name: 'Back to the page you were reading' }).click();
    await expect(page).toHaveURL(new RegExp(`/articles/${article}#feedback$`));
    expect(await counts(request, 'articles', article)).toEqual([expect.any(Number), notHelpfulBefore + 1]);
  });

  test('a second vote from the same browser on the page changes its answer instead of adding one', async ({ page, request }) => {
    const [helpfulBefore, notHelpfulBefore] = await counts(request, 'articles', article);
    const feedback = page.getByRole('region', { name: 'Was this article helpful?' });
    await page.goto(`/articles/${article}`);
    await feedback.getByRole('button', { name: 'No' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    const browserId = (await page.context().cookies()).find((cookie) => cookie.name === 'fixpath_browser');
    expect(browserId).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/feedback' });

    await page.goto(`/articles/${article}`);
    expect(await page.content()).not.toContain(browserId!.value);
    await feedback.getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    expect(await counts(request, 'articles', article)).toEqual([helpfulBefore + 1, notHelpfulBefore]);
  });

  test('an outcome vote works as a plain form too', async ({ page, request }) => {
    const [solvedBefore] = await counts(request, 'outcomes', `${tree}/${outcome}`);
    await page.goto(`/wizard/${tree}/${outcome}`);
    await page.getByRole('region', { name: 'Did this solve your problem?' }).getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    await expect(page.getByRole('link', { name: 'Back to the page you were reading' })).toHaveAttribute('href', `/wizard/${tree}/${outcome}#feedback`);
    expect((await counts(request, 'outcomes', `${tree}/${outcome}`))[0]).toBe(solvedBefore + 1);
  });
});
