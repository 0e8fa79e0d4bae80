import { expect, test } from '@playwright/test';
import { UNTRANSLATED_ARTICLE } from './translation-states';

/**
 * Search engines find every article and troubleshooter from robots.txt. The test server has no
 * FIXPATH_PUBLIC_URL, so absolute URLs take the request's host, as the README says.
 */
test('robots.txt names the sitemap, which lists articles and troubleshooter starts with their dates', async ({ request, baseURL }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const robotsText = await robots.text();
  expect(robotsText).toContain('Disallow: /insights');
  const sitemapUrl = robotsText.match(/^Sitemap: (\S+)$/m)?.[1];
  expect(sitemapUrl).toBe(`${baseURL}/sitemap.xml`);

  const sitemap = await request.get(sitemapUrl!);
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()['content-type']).toContain('xml');
  const xml = await sitemap.text();
  expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  expect(xml).toMatch(new RegExp(`<url><loc>${baseURL}/articles/windows-auth-fails-in-ie-edge</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod></url>`));
  expect(xml).toMatch(new RegExp(`<url><loc>${baseURL}/wizard/windows-auth-login</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod></url>`));

  // Pages that exist in German are listed at their German address too; an untranslated article's
  // German page names the English one as canonical, so it is not.
  expect(xml).toContain(`<loc>${baseURL}/de/articles/windows-auth-fails-in-ie-edge</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/de/wizard/windows-auth-login</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/articles/${UNTRANSLATED_ARTICLE}</loc>`);
  expect(xml).not.toContain(`<loc>${baseURL}/de/articles/${UNTRANSLATED_ARTICLE}</loc>`);

  // The shipped content fits one file, so there are no numbered parts to ask for.
  expect((await request.get('/sitemap/1.xml')).status()).toBe(404);
});
