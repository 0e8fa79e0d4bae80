/**
 * One headless Chromium for the Playwright measurements: the same executable and flags as the
 * browser tests (tests/e2e/chromium-path.ts), since Playwright cannot download its own here.
 * Playwright itself closes it when the process exits or is interrupted.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumExecutablePath } from '../../tests/e2e/chromium-path';

/** Launches Chromium with the test suite's flags. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumExecutablePath(), args: chromiumArgs });
}
