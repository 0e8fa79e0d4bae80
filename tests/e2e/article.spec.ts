import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const articlePath = '/articles/windows-auth-fails-in-ie-edge';

test('a reader goes from the home page to the article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const articles = page.getByRole('region', { name: 'Recently updated articles' });
  await articles.getByRole('link', { name: /Internet Explorer or Edge/ }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Internet Explorer|Edge/);
  for (const section of ['Symptoms', 'Cause', 'Confirm the cause', 'More information']) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${section}`) })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
    'href',
    /\/edit\/main\/content\/articles\/windows-auth-fails-in-ie-edge\.mdx$/,
  );
});

test('a pasted step link opens the article at that step, highlighted', async ({ browser }) => {
  const discover = await browser.newPage();
  await discover.goto(articlePath);
  const fourthStep = discover.locator('#remove-negotiate-provider li.step').nth(3);
  const stepId = await fourthStep.getAttribute('id');
  expect(stepId).toBeTruthy();
  await discover.close();

  // A fresh context is a fresh browser: no history, no storage, just the pasted link.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${articlePath}#${stepId}`);
  const step = page.locator(`li.step#${stepId}`);
  await expect(step).toBeInViewport();
  await expect(page.locator('li.step:target')).toHaveAttribute('id', stepId!);
  await expect(step).toContainText('Step 4');

  const highlighted = await step.evaluate((element) => getComputedStyle(element).backgroundColor);
  const plain = await page
    .locator('#remove-negotiate-provider li.step')
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(highlighted).not.toBe(plain);
  await context.close();
});

test('the copy-link control of a step yields the step URL', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(articlePath);
  const step = page.locator('#remove-negotiate-provider li.step').nth(3);
  const stepId = await step.getAttribute('id');
  await step.getByRole('button', { name: /copy link to step 4/i }).click();
  await expect(step.getByText('Copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${articlePath}#${stepId}`);
  await context.close();
});

test('every section heading has an anchor link and a copy-link control', async ({ page }) => {
  await page.goto(articlePath);
  const headings = page.locator('.prose h2[id]');
  const count = await headings.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let index = 0; index < count; index += 1) {
    const heading = headings.nth(index);
    const id = await heading.getAttribute('id');
    await expect(heading.locator(`a[href="#${id}"]`)).toHaveCount(1);
    await expect(heading.getByRole('button', { name: /copy link/i })).toHaveCount(1);
  }
});

test('an unknown article gives a helpful 404, not an error', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: /home page/i })).toHaveAttribute('href', '/');
  await expect(page.locator(`a[href="${articlePath}"]`)).toBeVisible();
  await expect(page.locator('a[href="/wizard/windows-auth-login"]')).toBeVisible();
  await expect(page.getByRole('link', { name: /^See all \d+ articles$/ })).toHaveAttribute('href', '/articles');
  const search = page.getByRole('search', { name: 'Search the site' });
  await search.getByRole('searchbox').fill('EnableNegotiate');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\?q=EnableNegotiate$/);
});

test('pages are served with security headers', async ({ request }) => {
  const response = await request.get(articlePath);
  const headers = response.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test("the page's scripts and stylesheet are served with nosniff, without the policies only a document uses", async ({ page, request }) => {
  await page.goto(articlePath);
  const assets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[rel="stylesheet"]')].map((element) =>
      element instanceof HTMLScriptElement ? element.src : element.href,
    ),
  );
  expect(assets.some((url) => url.endsWith('.css'))).toBe(true);
  expect(assets.some((url) => url.endsWith('.js'))).toBe(true);
  for (const url of assets) {
    const headers = (await request.get(url)).headers();
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['content-security-policy'], url).toBeUndefined();
    expect(headers['permissions-policy'], url).toBeUndefined();
  }
});

for (const [name, path] of [
  ['home', '/'],
  ['article', articlePath],
  ['404', '/no-such-page'],
] as const) {
  test(`axe-core finds no accessibility violations on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test(`axe-core finds no violations on the ${name} page in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test('without JavaScript the article and a step link still work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articlePath);
  const stepId = await page.locator('#confirm-disable-negotiate li.step').first().getAttribute('id');
  await page.goto(`${articlePath}#${stepId}`);
  await expect(page.locator('li.step:target')).toHaveAttribute('id', stepId!);
  await context.close();
});

test('copy buttons are offered only where they can copy: hidden without JavaScript, shown with it', async ({ browser }) => {
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(articlePath);
    const buttons = page.locator('.copy-button');
    expect(await buttons.count()).toBeGreaterThan(5);
    for (const button of await buttons.all()) {
      if (javaScriptEnabled) await expect(button).toBeVisible();
      else await expect(button).toBeHidden();
    }
    await context.close();
  }
});

test('without JavaScript every article opens, prerendered or rendered on its first request', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const articles: { href: string; title: string }[] = [];
  for (let listPage: string | null = '/articles'; listPage; ) {
    await page.goto(listPage);
    const listed = page.getByRole('main').getByRole('list').first().locator('a[href^="/articles/"]');
    articles.push(...(await listed.evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href')!, title: link.textContent!.trim() })))));
    const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' });
    listPage = (await next.count()) > 0 ? await next.getAttribute('href') : null;
  }
  expect(articles.length).toBeGreaterThan(3);
  for (const { href, title } of articles) {
    for (const visit of ['first', 'second']) {
      const response = await page.goto(href);
      expect(response?.status(), `${visit} visit to ${href}`).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page.getByRole('navigation', { name: 'On this page' })).toBeAttached();
    }
  }
  await context.close();
});

test('without JavaScript an unknown article or a link cut short mid-character still shows the full 404 page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/articles/no-such-article', '/articles/%E0%A4%A', '/fixes/%E0%A4%A/confirm/fix.reg']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
    await expect(page.getByRole('link', { name: /^See all \d+ articles$/ })).toHaveAttribute('href', '/articles');
  }
  await context.close();
});

test('printing drops the site chrome and keeps the article', async ({ page }) => {
  await page.goto(articlePath);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /copy/i }).first()).toBeHidden();
});
