import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_BUILD_DIR } from './e2e-build';

// `npm test` then `npm start` must serve the user's own build, with every article, not the test
// build (one prerendered article, three per list page). The server under test is the test build:
// it must be the one in its own folder, and a user's `.next`, if there is one, must be another.
test('the browser tests serve a build of their own, never the .next that npm start serves', async ({ request }) => {
  const testBuildId = readFileSync(path.join(E2E_BUILD_DIR, 'BUILD_ID'), 'utf8').trim();
  const userBuild = path.join('.next', 'BUILD_ID');
  if (existsSync(userBuild)) expect(readFileSync(userBuild, 'utf8').trim()).not.toBe(testBuildId);

  // The page the test build serves is its own: its list of all articles shows three per page.
  const page = await (await request.get('/articles')).text();
  expect(page).toMatch(/showing 1(–|&#x2013;)3/);
});
