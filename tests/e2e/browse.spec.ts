import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const articlePath = '/articles/windows-auth-fails-in-ie-edge';

/** Follows "Next page" from the page open now until `href` is linked from the list, or the pages end. */
async function findOnPages(page: Page, href: string): Promise<boolean> {
  for (;;) {
    if ((await page.getByRole('main').locator(`h2 a[href="${href}"]`).count()) > 0) return true;
    const pages = page.getByRole('navigation', { name: 'Pages' });
    const next = pages.getByRole('link', { name: 'Next page' });
    if ((await next.count()) === 0) return false;
    const target = (await next.getAttribute('href'))!;
    await next.click();
    // Wait for the new page's list, not just its URL, before looking at the links again.
    await expect(page).toHaveURL(target);
    await expect(pages.locator('[aria-current="page"]')).toHaveText(`Page ${target.split('/').at(-1)}`);
  }
}

test('an article links to its tags and products, and each lists the article on one of its pages', async ({ page }) => {
  await page.goto(articlePath);
  const details = page.locator('dl').first();
  await details.getByRole('link', { name: 'IIS (Internet Information Services)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Product: IIS (Internet Information Services)');
  expect(await findOnPages(page, articlePath)).toBe(true);

  await page.goto(articlePath);
  await details.getByRole('link', { name: 'kerberos', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: kerberos');
  expect(await findOnPages(page, articlePath)).toBe(true);
});

// The browser tests build with three articles per page (playwright.config.ts), so the shipped tags span pages.
const tagPath = '/tags/windows-authentication';
const cardLinks = (page: Page) => page.getByRole('main').locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

test('a big tag is split into pages that link each other and survive reload and back/forward', async ({ page }) => {
  await page.goto(tagPath);
  await expect(page.getByText(/^\d+ articles, newest first; showing 1–3$/)).toBeVisible();
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 1');
  const first = await cardLinks(page);
  expect(first).toHaveLength(3);

  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(`${tagPath}/page/2`);
  await expect(page).toHaveTitle(/^Tag: windows authentication, page 2 of \d+/);
  await expect(pages.locator('[aria-current="page"]')).toHaveText('Page 2');
  await expect.poll(async () => (await cardLinks(page)).some((href) => first.includes(href))).toBe(false);
  const second = await cardLinks(page);

  await page.reload();
  expect(await cardLinks(page)).toEqual(second);
  // History moves the URL first and the list a moment later: poll the list.
  await page.goBack();
  await expect(page).toHaveURL(tagPath);
  await expect.poll(() => cardLinks(page)).toEqual(first);
  await page.goForward();
  await expect(page).toHaveURL(`${tagPath}/page/2`);
  await expect.poll(() => cardLinks(page)).toEqual(second);
  await pages.getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(tagPath);
});

test('with the keyboard, each new page of a list is a fresh page: the first Tab reaches "Skip to content", also on the last page', async ({ page }) => {
  await page.goto(tagPath);
  const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' });
  while ((await next.count()) > 0) {
    const target = (await next.getAttribute('href'))!;
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(target);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  }
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Previous page' })).toBeVisible();
});

test('without JavaScript every page of a tag opens, rendered on its first request, and lists every article once', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(tagPath);
  const total = Number((await page.getByText(/articles, newest first/).textContent())!.match(/^(\d+) articles/)![1]);
  const seen: (string | null)[] = [...(await cardLinks(page))];
  for (let number = 2; number <= Math.ceil(total / 3); number += 1) {
    const response = await page.goto(`${tagPath}/page/${number}`);
    expect(response?.status(), `page ${number}`).toBe(200);
    seen.push(...(await cardLinks(page)));
  }
  expect(new Set(seen).size).toBe(total);
  expect(seen).toHaveLength(total);
  await context.close();
});

test('an outdated or mistyped page link lands on a page that exists, or on the full 404 page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tags/kerberos/page/99');
  await expect(page).toHaveURL(/\/tags\/kerberos\/page\/\d+$/);
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await page.goto('/products/iis/page/1');
  await expect(page).toHaveURL('/products/iis');
  for (const path of ['/tags/kerberos/page/02', '/tags/kerberos/page/two', '/tags/no-such-tag/page/2', '/tags/%E0%A4%A', '/products/%E0%A4%A/page/2']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  }
  await context.close();
});

test('the browse indexes count the articles under each tag and product', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'by product' }).click();
  await expect(page.getByRole('link', { name: /^Internet Explorer \(\d+\)$/ })).toBeVisible();
  await page.goto('/tags');
  await expect(page.getByRole('link', { name: /^windows authentication \(\d+\)$/ })).toBeVisible();
});

/** Every title on every page of /articles, following "Next page" from the page open now. */
async function allTitlesFromHere(page: Page): Promise<string[]> {
  const titles: string[] = [];
  for (;;) {
    titles.push(...(await page.getByRole('main').getByRole('list').first().getByRole('listitem').allTextContents()));
    const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' });
    if ((await next.count()) === 0) return titles;
    const target = (await next.getAttribute('href'))!;
    await next.click();
    await expect(page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]')).toHaveText(`Page ${target.split('/').at(-1)}`);
  }
}

test('the header leads to every article by title, over pages that survive reload and back/forward', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All articles');
  const total = Number((await page.getByText(/articles, by title/).textContent())!.match(/^(\d+) articles/)![1]);
  const titles = await allTitlesFromHere(page);
  expect(titles).toHaveLength(total);
  expect(new Set(titles).size).toBe(total);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  const lastPage = page.url();
  const lastPageLength = await page.getByRole('main').getByRole('list').first().getByRole('listitem').count();

  await page.reload();
  await expect(page).toHaveURL(lastPage);
  await page.goBack();
  await expect(page).not.toHaveURL(lastPage);
  await page.goForward();
  await expect(page).toHaveURL(lastPage);
  await expect.poll(() => page.getByRole('main').getByRole('list').first().getByRole('listitem').allTextContents()).toEqual(titles.slice(-lastPageLength));
  const listed = page.getByRole('main').getByRole('list').first().getByRole('link').first();
  const title = (await listed.textContent())!;
  await listed.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('without JavaScript an outdated or mistyped link to a page of all articles lands on a page that exists, or on the 404 page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/articles/page/99');
  await expect(page).toHaveURL(/\/articles\/page\/\d+$/);
  await expect(page.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await page.goto('/articles/page/1');
  await expect(page).toHaveURL('/articles');
  for (const path of ['/articles/page/02', '/articles/page/two', '/articles/page/2/more']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  }
  await context.close();
});

test('an unknown tag is a 404', async ({ page }) => {
  const response = await page.goto('/tags/no-such-tag');
  expect(response?.status()).toBe(404);
});

for (const path of ['/articles', '/articles/page/2', '/tags', '/products', '/tags/kerberos', '/tags/kerberos/page/2', '/products/iis']) {
  test(`axe-core finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
