import { expect, test } from '@playwright/test';
import { loadShippedTree } from './wizard-tree';

const tree = loadShippedTree();
const outcomes = tree.nodes.filter((node) => node.type === 'outcome');

/**
 * WCAG 1.4.10 (Reflow): at 320 CSS pixels wide — a phone, or a desktop zoomed to 400% — text wraps
 * and nothing makes the page scroll sideways. Long registry paths, commands in running text, URLs and
 * commit hashes in the sources were the ones that did.
 */
const pages = [
  '/',
  '/articles',
  '/articles/windows-auth-fails-in-ie-edge',
  '/tags',
  '/products',
  `/wizard/${tree.id}`,
  ...outcomes.map((outcome) => `/wizard/${tree.id}/${outcome.id}`),
  '/diagnose',
  '/search?q=negotiate',
  '/articles/no-such-article',
];

test.use({ viewport: { width: 320, height: 640 } });

for (const path of pages) {
  test(`${path} fits 320 CSS pixels without scrolling sideways`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => {
          // Code blocks and wide tables scroll inside their own box, which is allowed.
          for (let box = element.parentElement; box; box = box.parentElement) if (getComputedStyle(box).overflowX !== 'visible') return false;
          return true;
        })
        .map((element) => `${element.tagName.toLowerCase()}: ${element.textContent?.slice(0, 60)}`);
    });
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
