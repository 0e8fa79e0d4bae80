import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutablePath } from './tests/e2e/chromium-path';
import { E2E_BUILD_DIR } from './tests/e2e/e2e-build';
import { E2E_CONTENT_DIR, writeE2eContent } from './tests/e2e/translation-states';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The server is built from a copy of the content with one German translation missing and one stale
// (tests/e2e/translation-states.ts), unless the tests are pointed at another corpus. Only the main
// process writes it: every worker loads this file too, while the server reads the copy.
const contentDir = process.env.CONTENT_DIR ?? E2E_CONTENT_DIR;
if (!process.env.CONTENT_DIR && process.env.TEST_WORKER_INDEX === undefined) writeE2eContent();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: { executablePath: await chromiumExecutablePath(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The real production server (`npm start`'s), started as node directly so stopping it stops the server itself.
    command: `npm run build && node scripts/start.mjs -p ${port}`,
    url: baseURL,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    // Feedback goes to a database of its own, and /insights opens with a known token (feedback.spec.ts).
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      // The test build (few prerendered pages, small browse pages) goes to a folder of its own.
      FIXPATH_DIST_DIR: E2E_BUILD_DIR,
      INSIGHTS_TOKEN: process.env.INSIGHTS_TOKEN ?? 'e2e-insights-token-0123456789',
      FIXPATH_DB: process.env.FIXPATH_DB ?? 'data/e2e/fixpath.db',
      // Only the newest article is prerendered, so the tests also cover articles rendered on request.
      FIXPATH_PRERENDER_ARTICLES: '1',
      // The first three steps of each troubleshooter likewise; its other steps render on request.
      FIXPATH_PRERENDER_STEPS: '3',
      // Three articles per page of a tag, a product and the list of all articles, so they span pages.
      FIXPATH_BROWSE_PAGE_SIZE: '3',
      FIXPATH_ALL_ARTICLES_PAGE_SIZE: '3',
      // Link previews carry absolute URLs on this origin (link-preview.spec.ts).
      FIXPATH_PUBLIC_URL: baseURL,
      CONTENT_DIR: contentDir,
      // The pseudo-language under /en-XA/ (pseudo-locale.spec.ts); no other spec visits it, so it is invisible to them.
      FIXPATH_PSEUDO_LOCALE: '1',
    },
  },
});
