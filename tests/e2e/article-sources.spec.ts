import { expect, test } from '@playwright/test';
import { articleDeclarations, publishedLock } from './article-declarations';

/*
 * What a reader of an old link or of corrected advice notices. Driven by what content/ declares
 * (aliases, redirectFrom, corrections), so it follows the content; where the content declares none
 * of a thing yet, the test asserts what must hold without it and says so in the report.
 */
const declared = articleDeclarations();
const liveSlugs = new Set(declared.map((article) => article.slug));

function noteWhenNone(kind: string, count: number) {
  if (count === 0) test.info().annotations.push({ type: 'content', description: `content/articles declares no ${kind} yet` });
}

test('every published anchor of a live article still lands on an element of its page', async ({ page }) => {
  const lock = Object.entries(publishedLock()).filter(([slug]) => liveSlugs.has(slug));
  expect(lock.length).toBeGreaterThan(0);
  for (const [slug, anchors] of lock) {
    await page.goto(`/articles/${slug}`);
    const missing: string[] = [];
    for (const anchor of anchors) if ((await page.locator(`[id="${anchor}"]`).count()) !== 1) missing.push(anchor);
    expect(missing, `/articles/${slug}`).toEqual([]);
  }
});

test('a link to an old anchor id (an alias) scrolls to the element that replaced it', async ({ page }) => {
  const aliases = declared.flatMap((article) => article.aliases.map((alias) => ({ slug: article.slug, ...alias })));
  noteWhenNone('anchor alias', aliases.length);
  for (const { slug, alias, of } of aliases) {
    await page.goto(`/articles/${slug}#${alias}`);
    const element = page.locator(`[id="${of}"]`);
    await expect(page.locator(`[id="${alias}"]`), `#${alias}`).toHaveCount(1);
    await expect(element, `#${alias} → #${of}`).toBeInViewport();
  }
  if (aliases.length === 0) {
    // Without aliases an unknown fragment must not break the page: it opens at the top.
    const [first] = declared;
    await page.goto(`/articles/${first!.slug}#no-such-anchor`);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  }
});

test('an old slug listed in redirectFrom answers 308 and lands on the article, query and fragment kept', async ({ page, request }) => {
  const redirects = declared.flatMap((article) => article.redirectFrom.map((old) => ({ old, to: article.slug })));
  noteWhenNone('redirectFrom', redirects.length);
  for (const { old, to } of redirects) {
    const response = await request.get(`/articles/${old}?from=ticket`, { maxRedirects: 0 });
    expect(response.status(), old).toBe(308);
    const location = new URL(response.headers().location ?? '', 'http://site.invalid');
    expect(`${location.pathname}${location.search}`, old).toBe(`/articles/${to}?from=ticket`);
    await page.goto(`/articles/${old}#sources`);
    await expect(page).toHaveURL(new RegExp(`/articles/${to}#sources$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  if (redirects.length === 0) {
    // No redirect is invented: a slug no article has or claims is the 404 page.
    const response = await request.get('/articles/no-article-has-this-slug', { maxRedirects: 0 });
    expect(response.status()).toBe(404);
  }
});

test('a corrected article shows each correction under its title: the date, what changed, what to do', async ({ page }) => {
  const corrected = declared.filter((article) => article.corrections.length > 0);
  noteWhenNone('corrections', corrected.length);
  for (const article of corrected) {
    await page.goto(`/articles/${article.slug}`);
    for (const correction of article.corrections) {
      const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${correction.date}T00:00:00Z`));
      const note = page.getByRole('region', { name: `Corrected on ${date}` });
      await expect(note).toBeVisible();
      await expect(note).toContainText(correction.changed);
      await expect(note).toContainText(`If you followed the earlier advice: ${correction.ifYouFollowed}`);
    }
  }
  const uncorrected = declared.find((article) => article.corrections.length === 0);
  if (uncorrected) {
    await page.goto(`/articles/${uncorrected.slug}`);
    await expect(page.getByRole('heading', { name: /^Corrected on / })).toHaveCount(0);
  }
});
