/**
 * Desktop page weight: bytes transferred before the load event, the measure, for each page
 * the targets name. A fresh browser context per page, so nothing is cached between them.
 */
import type { Browser } from 'playwright-core';
import { recordNetwork, type ByteCounts } from './network-bytes';

/** A page to weigh: a name for the report and its path on the server. */
export interface WeighedPage {
  name: string;
  path: string;
}

/** Bytes before `load` for each page. */
export async function measurePageWeights(browser: Browser, origin: string, pages: readonly WeighedPage[]): Promise<Record<string, ByteCounts>> {
  const weights: Record<string, ByteCounts> = {};
  for (const { name, path } of pages) {
    const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const network = await recordNetwork(cdp);
    await cdp.send('Page.enable');
    const loaded = new Promise<number>((resolve) => cdp.once('Page.loadEventFired', (event) => resolve(event.timestamp)));
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
    weights[name] = network.finishedBy(await loaded);
    await context.close();
  }
  return weights;
}
