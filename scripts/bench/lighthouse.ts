/**
 * Lighthouse 12.2.3 with its default config (mobile: emulated Moto G Power, slow 4G, 4x CPU
 * slowdown), run three times per page on the same Chromium as the browser tests; the median
 * performance run is kept, as Lighthouse's own docs recommend for variance.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumExecutablePath } from '../../tests/e2e/chromium-path';
import { onCleanup } from './cleanup';
import { percentile } from './search-latency';

/** Scores (0–100) and key metrics of the median run, plus every run's scores. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  runs: { performance: number; accessibility: number; largestContentfulPaintMs: number }[];
  firstContentfulPaintMs: number;
  /** The median performance run's LCP. */
  largestContentfulPaintMs: number;
  /**
   * The median of every run's LCP (issue 26 sets its LCP target on this): the run with the median
   * score is not always the one with the median paint.
   */
  medianLargestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  failedAccessibilityAudits: string[];
  /** Runs that gave no performance score, and why; each was run again. */
  unmeasured: string[];
}

class UnmeasuredRun extends Error {}

/** How many runs per page may fail to score before the bench gives up on the page. */
const MAX_UNMEASURED_RUNS = 3;

async function runOnce(url: string, port: number) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  // No score is not a score of 0: Lighthouse could not measure the page this time (a metric
  // audit errored, or the run did). Say why, so the caller can run it again.
  if (categories.performance?.score == null) {
    const errored = Object.values(audits).filter((audit) => audit.scoreDisplayMode === 'error').map((audit) => `${audit.id}: ${audit.errorMessage ?? 'error'}`);
    throw new UnmeasuredRun(`${url}: no performance score (${[runtimeError?.code, ...errored].filter(Boolean).join('; ') || 'no reason given'})`);
  }
  const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);
  const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score(categories.performance?.score),
    accessibility: score(categories.accessibility?.score),
    firstContentfulPaintMs: metric('first-contentful-paint'),
    largestContentfulPaintMs: metric('largest-contentful-paint'),
    totalBlockingTimeMs: metric('total-blocking-time'),
    cumulativeLayoutShift: metric('cumulative-layout-shift'),
    failedAccessibilityAudits: (categories.accessibility?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
      .map((ref) => ref.id),
  };
}

/** Median of `runs` Lighthouse runs for each page, keyed by the page's name. */
export async function measureLighthouse(pages: Record<string, string>, runs = 3): Promise<Record<string, LighthouseFigures>> {
  const chrome = await chromeLauncher.launch({ chromePath: await chromiumExecutablePath(), chromeFlags: chromiumArgs });
  const stop = onCleanup(() => chrome.kill());
  const figures: Record<string, LighthouseFigures> = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const results = [];
      const unmeasured: string[] = [];
      while (results.length < runs) {
        try {
          results.push(await runOnce(url, chrome.port));
        } catch (error) {
          if (!(error instanceof UnmeasuredRun) || unmeasured.length >= MAX_UNMEASURED_RUNS) throw error;
          unmeasured.push(error.message);
          console.warn(`lighthouse: run again, ${error.message}`);
        }
      }
      const medianScore = percentile(results.map((result) => result.performance), 50);
      const median = results.find((result) => result.performance === medianScore) ?? results[0];
      if (!median) continue;
      figures[name] = {
        ...median,
        runs: results.map(({ performance, accessibility, largestContentfulPaintMs }) => ({ performance, accessibility, largestContentfulPaintMs })),
        medianLargestContentfulPaintMs: percentile(results.map((result) => result.largestContentfulPaintMs), 50),
        unmeasured,
      };
    }
  } finally {
    stop();
  }
  return figures;
}
