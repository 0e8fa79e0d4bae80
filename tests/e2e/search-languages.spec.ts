import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ShardedSiteSearch } from '../../lib/search/sharded-client';
import { searchIndexBasePath } from '../../lib/search/sharded-format';
import { UNTRANSLATED_ARTICLE } from './translation-states';

// The German index holds the translated pages; the English index answers for the rest.
test('the built site serves a German search index whose results open the German pages at the English anchors', async ({ request }) => {
  const fetched: string[] = [];
  const search = await ShardedSiteSearch.load(async (path) => {
    fetched.push(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    return response.json();
  }, searchIndexBasePath('de'));
  const first = async (query: string) => (await search.search(query))[0]?.href.split('#')[0];
  expect(await first('Browser fragt nach Kennwort')).toBe('/de/articles/password-prompt-zone-settings');
  expect(await first('Anforderungsheader zu lang')).toBe('/de/articles/kerberos-token-too-large-http-400');
  expect(await first('Uhrzeit Kerberos')).toBe('/de/articles/kerberos-clock-skew');
  const [step] = (await search.search('Nach Längenfehlern suchen')).filter((hit) => hit.kind === 'step');
  expect(step?.href).toBe('/de/articles/kerberos-token-too-large-http-400#find-length-errors');
  expect(fetched.every((path) => path.startsWith('/search-index/de/')), fetched.join(', ')).toBe(true);
});

test('the English index stays where it was published', async ({ request }) => {
  const response = await request.get('/search-index.json');
  expect(response.status()).toBe(200);
  expect(await response.json()).not.toHaveProperty('language');
});

// A German word for a translated article and English words for the one the e2e content leaves
// untranslated: both must be found, each in its own language, the untranslated one marked English.
const MIXED_QUERY = 'Uhrzeit double hop';
const TRANSLATED_TITLE = /^Kerberos-Anmeldung scheitert, weil die Uhr/;
const UNTRANSLATED_TITLE = /^The web site signs you in, but can't pass your identity on/;

/** The results of /de/search: each heading's link and its lang attribute. */
async function resultHeadings(page: Page) {
  return page.locator('main ol > li h2').evaluateAll((headings) =>
    headings.map((heading) => ({ href: heading.querySelector('a')?.getAttribute('href') ?? '', lang: heading.getAttribute('lang'), text: heading.textContent ?? '' })),
  );
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/de/search finds a translated article in German and an untranslated one in English, marked lang="en", each once', async ({ page }) => {
    await page.goto(`/de/search?q=${encodeURIComponent(MIXED_QUERY)}`);
    const headings = await resultHeadings(page);
    const untranslated = headings.filter((heading) => heading.href.startsWith(`/de/articles/${UNTRANSLATED_ARTICLE}`));
    expect(untranslated.length, JSON.stringify(headings)).toBeGreaterThan(0);
    expect(untranslated.every((heading) => heading.lang === 'en')).toBe(true);
    expect(headings.find((heading) => heading.href === `/de/articles/${UNTRANSLATED_ARTICLE}`)?.text).toMatch(UNTRANSLATED_TITLE);
    const clock = headings.find((heading) => heading.href === '/de/articles/kerberos-clock-skew');
    expect(clock?.text).toMatch(TRANSLATED_TITLE);
    expect(clock?.lang).toBeNull();
    // English only for the untranslated article: no translated one appears in English too.
    expect(headings.filter((heading) => heading.lang === 'en' && !heading.href.startsWith(`/de/articles/${UNTRANSLATED_ARTICLE}`))).toEqual([]);
    expect(headings.every((heading) => heading.href.startsWith('/de/')), JSON.stringify(headings)).toBe(true);
  });
});

test('the German search box suggests the translated article in German and the untranslated one in English, from the German and the English index', async ({ page }) => {
  const indexFiles: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/search-index')) indexFiles.push(pathname);
  });
  await page.goto('/de/articles/kerberos-clock-skew');
  const box = page.getByRole('combobox', { name: 'Artikel und Problembehandlungen durchsuchen' });
  await box.click();
  await box.pressSequentially(MIXED_QUERY, { delay: 20 });
  const list = page.getByRole('listbox', { name: 'Vorschläge' });
  const translated = list.getByRole('option').filter({ hasText: TRANSLATED_TITLE }).first();
  const untranslated = list.getByRole('option').filter({ hasText: UNTRANSLATED_TITLE }).first();
  await expect(translated).toBeVisible();
  await expect(untranslated).toBeVisible();
  await expect(untranslated.locator('[lang="en"]').first()).toHaveText(UNTRANSLATED_TITLE);
  await expect(translated.locator('[lang="en"]')).toHaveCount(0);
  expect(indexFiles).toContain('/search-index/de/index.json');
  expect(indexFiles).toContain('/search-index.json');
  await untranslated.click();
  await expect(page).toHaveURL(new RegExp(`/de/articles/${UNTRANSLATED_ARTICLE}`));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations on German results that mix German and English (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/de/search?q=${encodeURIComponent(MIXED_QUERY)}`);
    await expect(page.locator('main [lang="en"]').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
