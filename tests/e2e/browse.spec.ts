import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const articlePath = '/articles/windows-auth-fails-in-ie-edge';

test('an article links to its tags and products, and each lists the article', async ({ page }) => {
  await page.goto(articlePath);
  const details = page.locator('dl').first();
  await details.getByRole('link', { name: 'IIS (Internet Information Services)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Product: IIS (Internet Information Services)');
  await expect(page.locator(`a[href="${articlePath}"]`)).toBeVisible();

  await page.goto(articlePath);
  await details.getByRole('link', { name: 'kerberos', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tag: kerberos');
  await expect(page.locator(`a[href="${articlePath}"]`)).toBeVisible();
});

test('the browse indexes count the articles under each tag and product', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'by product' }).click();
  await expect(page.getByRole('link', { name: /^Internet Explorer \(\d+\)$/ })).toBeVisible();
  await page.goto('/tags');
  await expect(page.getByRole('link', { name: /^windows authentication \(\d+\)$/ })).toBeVisible();
});

test('the header leads to every article by title', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Articles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All articles');
  const titles = await page.getByRole('main').getByRole('listitem').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(8);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  await page.getByRole('link', { name: /Internet Explorer or Edge/ }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`));
});

test('an unknown tag is a 404', async ({ page }) => {
  const response = await page.goto('/tags/no-such-tag');
  expect(response?.status()).toBe(404);
});

for (const path of ['/articles', '/tags', '/products', '/tags/kerberos', '/products/iis']) {
  test(`axe-core finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
