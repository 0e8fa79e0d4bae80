import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const treeId = 'windows-auth-login';
const mapPath = `/wizard/${treeId}/map`;

/** Just the parts of the tree file these tests count; the tree itself is the source of truth. */
interface TreeFile {
  title: string;
  nodes: ({ id: string } & (
    | { type: 'question'; prompt: string; options: { id: string; label: string; next: string }[] }
    | { type: 'outcome'; title: string }
  ))[];
}

const tree = parse(readFileSync(new URL(`../../content/wizards/${treeId}.yaml`, import.meta.url), 'utf8')) as TreeFile;
const optionCount = tree.nodes.reduce((sum, node) => sum + (node.type === 'question' ? node.options.length : 0), 0);

test('the map draws a box per step and lists every step with its options', async ({ page }) => {
  await page.goto(mapPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Map: ${tree.title}`);
  await expect(page.getByRole('link', { name: 'Back to the start of the troubleshooter' })).toHaveAttribute(
    'href',
    `/wizard/${treeId}`,
  );

  const boxes = page.locator('svg a');
  await expect(boxes).toHaveCount(tree.nodes.length);
  // The list is the accessible path, so the drawing's links are no extra tab stops.
  for (const box of await boxes.all()) await expect(box).toHaveAttribute('tabindex', '-1');

  await expect(page.getByRole('heading', { level: 2, name: 'Every step' })).toBeVisible();
  await expect(page.locator('li[id^="map-"]')).toHaveCount(tree.nodes.length);
  for (const node of tree.nodes) {
    const item = page.locator(`li#map-${node.id}`);
    await expect(item.locator('code').first()).toHaveText(node.id);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(node.type === 'question' ? node.prompt : node.title);
  }
  await expect(page.locator('li[id^="map-"] a[href^="#map-"]')).toHaveCount(optionCount);
});

test('"Open this step" opens an outcome with the answers that lead there', async ({ page }) => {
  const outcomeId = 'fix-iis-providers';
  const question = tree.nodes.find(
    (node) => node.type === 'question' && node.options.some((option) => option.next === outcomeId),
  );
  const lastAnswer =
    question?.type === 'question' ? `${question.id}:${question.options.find((o) => o.next === outcomeId)?.id}` : '';
  expect(lastAnswer).not.toBe('');

  await page.goto(mapPath);
  const navigation = page.waitForResponse(
    (response) => response.request().isNavigationRequest() && response.url().includes(`/${outcomeId}?`),
  );
  await page.locator(`#map-${outcomeId}`).getByRole('link', { name: /^Open this step/ }).click();
  const response = await navigation;
  expect(response.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`/wizard/${treeId}/${outcomeId}\\?answers=[^#]*${lastAnswer}$`));
});

test('the copy button of a step copies its absolute link', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(mapPath);
  const outcome = tree.nodes.find((node) => node.id === 'fix-iis-providers');
  expect(outcome?.type).toBe('outcome');
  const item = page.locator('#map-fix-iis-providers');
  const href = await item.getByRole('link', { name: /^Open this step/ }).getAttribute('href');
  expect(href).toMatch(/^\/wizard\/windows-auth-login\/fix-iis-providers\?answers=/);

  const title = outcome?.type === 'outcome' ? outcome.title : '';
  await item.getByRole('button', { name: `Copy link to step: ${title}` }).click();
  await expect(item.getByText('Copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${baseURL}${href}`);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no accessibility violations on the map in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(mapPath);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

// The drawing is some ten phone screens wide, and dagre puts the first question wherever its
// subtrees balance: the map must open on it, not on empty space.
const startBox = (page: Page) => page.locator('[data-tree-map-viewport] svg a').filter({ hasText: 'First question' });

test('on a desktop the diagram is shown at once and opens on the first question', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(mapPath);
  await expect(page.getByText('Show the diagram')).toBeHidden();
  await expect(startBox(page)).toBeInViewport({ ratio: 1 });
});

for (const javaScriptEnabled of [true, false]) {
  test(`on a phone the list comes first and the diagram, once shown, opens on the first question (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(mapPath);
    await expect(page.locator('[data-tree-map-viewport]')).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Every step' })).toBeInViewport();
    await expect(page.locator('li[id^="map-"]').first()).toBeInViewport();

    await page.getByText('Show the diagram').click();
    await expect(startBox(page)).toBeInViewport({ ratio: 1 });
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no accessibility violations on the map on a phone, diagram shown, in ${colorScheme} mode`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await page.goto(mapPath);
    await page.getByText('Show the diagram').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
