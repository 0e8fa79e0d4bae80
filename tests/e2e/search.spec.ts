import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const ARTICLE = '/articles/windows-auth-fails-in-ie-edge';
const BOX_NAME = 'Search articles and troubleshooters';

function searchBox(page: Page) {
  return page.getByRole('combobox', { name: BOX_NAME });
}

/** Types like a person, so every key press runs the search as it would for them. */
async function typeInBox(page: Page, text: string) {
  const box = searchBox(page);
  await box.click();
  await box.pressSequentially(text, { delay: 20 });
  await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
  // The last option always offers the full results page; wait for the suggestions above it.
  await expect(page.getByRole('option').first()).not.toHaveText(/^See all results/);
  return box;
}

test('typing suggests sections; arrow keys choose one and Enter opens the step at its anchor', async ({ page }) => {
  await page.goto('/');
  const box = await typeInBox(page, 'EnableNegotiate');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = page.getByRole('option');
  await expect(options.first()).toContainText('Set EnableNegotiate to 0');
  await expect(options.first().locator('mark').first()).toHaveText('EnableNegotiate');
  await expect(page.getByRole('search', { name: 'Site' }).getByRole('status')).toHaveText(/^\d+ suggestions?\./);

  await box.press('ArrowDown');
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  const first = options.first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expect(box).toBeFocused();

  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}#set-enablenegotiate-0$`));
  await expect(page.locator('#set-enablenegotiate-0')).toBeInViewport();
});

test('the troubleshooter is offered as "Start the guided troubleshooter"', async ({ page }) => {
  await page.goto('/');
  await typeInBox(page, 'windows authentication sign in');
  const option = page.getByRole('option', { name: /Start the guided troubleshooter/ });
  await expect(option).toBeVisible();
  await option.click();
  await expect(page).toHaveURL(/\/wizard\/windows-auth-login$/);
});

test('Escape closes the suggestions and keeps what was typed', async ({ page }) => {
  await page.goto('/');
  const box = await typeInBox(page, 'kerberso');
  await box.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeHidden();
  await expect(box).toHaveValue('kerberso');
});

test('Enter with no suggestion chosen opens the full results page', async ({ page }) => {
  await page.goto('/');
  const box = await typeInBox(page, 'kerberso');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=kerberso$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “kerberso”');
});

test('the index is fetched on first focus of the box, not with the page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/search-index.json') fetched.push(request.url());
  });
  await page.goto(ARTICLE, { waitUntil: 'networkidle' });
  expect(fetched).toEqual([]);
  const response = page.waitForResponse((candidate) => new URL(candidate.url()).pathname === '/search-index.json');
  await searchBox(page).focus();
  expect((await response).ok()).toBe(true);
});

test('a query downloads only the index parts its words need and the pages it suggests', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/search-index/')) chunks.push(path);
  });
  await page.goto(ARTICLE);
  await searchBox(page).fill('klist purge');
  const options = page.getByRole('option');
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  // The last option is "all results"; each other one comes from one page.
  const suggestions = (await options.count()) - 1;
  // One shard per word ("kl", "pu") at most, and at most one chunk per suggestion's page.
  expect(chunks.filter((path) => /\/terms-\d+\.json$/.test(path)).length).toBeLessThanOrEqual(2);
  const pageChunks = chunks.filter((path) => /\/page-\d+\.json$/.test(path)).length;
  expect(pageChunks).toBeGreaterThan(0);
  expect(pageChunks).toBeLessThanOrEqual(suggestions);
  expect(new Set(chunks).size).toBe(chunks.length);
});

test('a step suggestion names its procedure, and a step repeated by its undo is suggested once', async ({ page }) => {
  await page.goto('/');
  await typeInBox(page, 'kerberso');
  const policy = page.getByRole('option', { name: /Open the Kerberos policy/ });
  await expect(policy).toHaveCount(1);
  await expect(policy).toContainText('Set the tolerance back to 5 minutes, step 1: Open the Kerberos policy');
});

test('"/" focuses the search box, except while typing in another field', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(searchBox(page)).toBeVisible();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');

  await page.goto('/search');
  const pageField = page.getByRole('searchbox', { name: 'Search for a symptom, an error message or a setting' });
  await pageField.click();
  await page.keyboard.type('HKCU/Software');
  await expect(pageField).toHaveValue('HKCU/Software');
  await expect(pageField).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header box is a plain form and /search lists results linking to their sections', async ({ page }) => {
    await page.goto(ARTICLE);
    const box = page.getByRole('searchbox', { name: BOX_NAME });
    await box.fill('EnableNegotiate');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=EnableNegotiate$/);
    const results = page.getByRole('main').getByRole('listitem');
    await expect(results.first()).toContainText('EnableNegotiate');
    await expect(results.first().getByRole('link')).toHaveAttribute('href', `${ARTICLE}#set-enablenegotiate-0`);
    await expect(results.first().locator('mark').first()).toHaveText('EnableNegotiate');
  });

  test('a typo still finds the sections, and every result links to an anchor or a troubleshooter', async ({ page }) => {
    await page.goto('/search?q=kerberso');
    const links = page.getByRole('main').getByRole('listitem').getByRole('link');
    expect(await links.count()).toBeGreaterThan(1);
    for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))) {
      expect(href).toMatch(/^\/articles\/[a-z0-9-]+(#[a-z0-9-]+)?$|^\/wizard\/[a-z0-9-]+$/);
    }
    await expect(page.getByRole('main').locator('mark', { hasText: /^Kerberos$/ }).first()).toBeVisible();
  });

  test('/search ranks as the box does: the article a product and symptom name first, and no Sources list', async ({ page }) => {
    await page.goto('/search?q=HTTP+400+header+too+long');
    const links = page.getByRole('main').getByRole('listitem').getByRole('link');
    await expect(links.first()).toHaveAttribute('href', '/articles/kerberos-token-too-large-http-400');
    await expect(page.getByRole('main').getByRole('link', { name: 'Sources', exact: true })).toHaveCount(0);
    await page.goto('/search?q=401+edge');
    const order = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')?.split('#')[0]));
    expect(order[0]).toBe('/articles/windows-auth-fails-in-ie-edge');
    expect(order.indexOf('/articles/chromium-edge-chrome-auth-policies')).toBeLessThan(order.indexOf('/articles/firefox-integrated-authentication'));
  });

  test('an empty query explains what to type, and no results suggests what to try', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByRole('heading', { name: 'What to search for' })).toBeVisible();
    // The examples are symptoms taken from the content, each a ready-made search.
    await expect(page.getByRole('main').getByRole('listitem').getByRole('link').first()).toHaveAttribute('href', /^\/search\?q=.+/);
    await page.goto('/search?q=qwzxv+plimb');
    await expect(page.getByRole('heading', { name: 'Nothing matched “qwzxv plimb”' })).toBeVisible();
    await expect(page.getByRole('link', { name: /guided troubleshooter/ })).toHaveAttribute('href', '/wizard');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations with suggestions open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const box = await typeInBox(page, 'negotiate');
    await box.press('ArrowDown');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });

  for (const path of ['/search?q=negotiate', '/search', '/search?q=qwzxv']) {
    test(`axe-core finds no violations on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
}
