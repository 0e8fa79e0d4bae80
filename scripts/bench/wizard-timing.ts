/**
 * Troubleshooter responsiveness: from pressing an answer to the next step's heading receiving focus
 * (components/focus-heading-on-navigation.tsx focuses `#step-heading` after each in-app move). The
 * clock runs in the page, so Playwright's own round trips are not counted.
 */
import type { Browser } from 'playwright-core';
import { seededRandom } from '../../lib/seeded-random';
import { percentile } from './search-latency';

/** Median and p95 of each interval, with how many clicks were measured and how many moved focus. */
export interface WizardTiming {
  clicks: number;
  /** Clicks after which the new step's heading received focus (the target's "heading focused"). */
  focused: number;
  clickToFocus: { median: number; p95: number };
  /**
   * Click → heading focused by the kind of step the click opened: an outcome (its fix's procedure,
   * copy buttons, feedback form) costs the browser more to render than a question, and every path
   * ends at one, so the outcomes' clicks make most of the tail.
   */
  byStep: Record<'question' | 'outcome', { clicks: number; median: number; p95: number }>;
  /**
   * Clicks whose step the router requested from the server at the click, because its prefetch had
   * not come back yet (a step nobody has opened since the build renders on that first request).
   */
  fetchedAtClick: number;
  pointerdownToFocus: { median: number; p95: number };
  /** From the click to the next step's heading text on screen, focused or not. */
  clickToHeadingShown: { median: number; p95: number };
  /** Paths walked to an outcome and restarted from the first question. */
  paths: number;
}

interface ClickSample {
  /** Set by the bench, not the page: what the click opened, and whether it waited for the server. */
  step?: 'question' | 'outcome';
  fetchedAtClick?: boolean;
  pointerdown?: number;
  click?: number;
  headingBefore?: string | null;
  shown?: number;
  focused?: number;
}

declare global {
  interface Window {
    __benchWizard?: { current: ClickSample; samples: ClickSample[] };
  }
}

// Installed in every document before its scripts, so a full page load (which would mean the click
// was not handled in the app) shows up as a reset counter instead of a silent miss. Plain JS in a
// string: a function passed to Playwright is serialised with tsx's helpers (`__name`), which the
// page does not have. A step whose heading never takes focus still counts as shown, after 1 s.
const INSTALL_LISTENERS = `(() => {
  const state = { current: {}, samples: [] };
  window.__benchWizard = state;
  const heading = () => document.getElementById('step-heading');
  const isAnswer = (event) => event.target instanceof Element && event.target.closest('[data-option-id]');
  const finish = () => {
    if (state.current.shown === undefined) return;
    state.samples.push(state.current);
    state.current = {};
  };
  document.addEventListener('pointerdown', (event) => {
    if (isAnswer(event)) state.current = { pointerdown: performance.now() };
  }, true);
  document.addEventListener('click', (event) => {
    if (!isAnswer(event)) return;
    state.current.click = performance.now();
    state.current.headingBefore = heading()?.textContent;
  }, true);
  new MutationObserver(() => {
    const { click, headingBefore, shown } = state.current;
    if (click !== undefined && shown === undefined && heading()?.textContent !== headingBefore) state.current.shown = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof Element && event.target.id === 'step-heading' && state.current.click !== undefined) {
      state.current.focused = performance.now();
      if (state.current.shown === undefined) state.current.shown = state.current.focused;
      finish();
    }
  }, true);
  setInterval(() => {
    if (state.current.shown !== undefined && performance.now() - state.current.shown > 1000) finish();
  }, 250);
})();`;

/**
 * Clicks `clicks` answers along seeded random paths from `startPath`, restarting at each outcome.
 * 100 clicks, not 20: the p95 of 20 is their 19th value, so one or two clicks decide it (the
 * first clicks on a fresh build's server, an outcome); across the 20-click blocks of one 120-click
 * run on a loaded machine it read 59 to 2,259 ms (issue 26, docs/performance.md, 2026-12-07 23:00).
 */
export async function measureWizardClicks(browser: Browser, origin: string, startPath: string, clicks = 100): Promise<WizardTiming> {
  const random = seededRandom(8);
  const context = await browser.newContext({ viewport: { width: 1350, height: 940 } });
  const page = await context.newPage();
  await page.addInitScript({ content: INSTALL_LISTENERS });
  const samples: ClickSample[] = [];
  let fullPageLoads = 0;
  let expectedLoads = 0;
  let paths = 0;
  page.on('load', () => (fullPageLoads += 1));
  // A request of Next's router that is not a prefetch: the step it moves to was not ready in the browser.
  let routerFetches = 0;
  page.on('request', (request) => {
    const headers = request.headers();
    if (headers.rsc === '1' && !headers['next-router-prefetch'] && !headers['next-router-segment-prefetch']) routerFetches += 1;
  });

  const restart = async () => {
    paths += 1;
    await page.goto(origin + startPath, { waitUntil: 'load' });
    // "Once the page has loaded": hydrated, and a moment for the answers' prefetches. Not
    // networkidle: on the step page it did not come within 30 s in a trial run.
    await page.waitForSelector('ul[data-enhanced] [data-option-id]');
    await page.waitForTimeout(1000);
    expectedLoads = fullPageLoads;
  };
  await restart();

  while (samples.length < clicks) {
    const options = page.locator('ul[data-enhanced] [data-option-id]');
    const count = await options.count();
    if (count === 0) {
      await restart();
      continue;
    }
    const before = await page.evaluate(() => window.__benchWizard?.samples.length ?? 0);
    const fetchesBefore = routerFetches;
    await options.nth(Math.floor(random() * count)).click();
    await page.waitForFunction((seen) => (window.__benchWizard?.samples.length ?? 0) > seen, before, { timeout: 10_000 });
    if (fullPageLoads !== expectedLoads) throw new Error('an answer caused a full page load: the click was not handled in the app');
    const latest = await page.evaluate(() => window.__benchWizard?.samples.at(-1));
    // An outcome is the step with no answers to give.
    const step = (await page.locator('[data-step-options] [data-option-id]').count()) === 0 ? 'outcome' : 'question';
    if (latest) samples.push({ ...latest, step, fetchedAtClick: routerFetches > fetchesBefore });
    // A reader takes a moment to read the next question; let its prefetches finish as they would.
    await page.waitForTimeout(400);
  }
  await context.close();
  const interval = (from: keyof ClickSample, to: keyof ClickSample, among = samples) => {
    const values = among.flatMap((sample) => {
      const [start, end] = [sample[from], sample[to]];
      return typeof start === 'number' && typeof end === 'number' ? [end - start] : [];
    });
    return values.length === 0 ? { median: Number.NaN, p95: Number.NaN } : { median: percentile(values, 50), p95: percentile(values, 95) };
  };
  const ofStep = (step: 'question' | 'outcome') => {
    const among = samples.filter((sample) => sample.step === step);
    return { clicks: among.length, ...interval('click', 'focused', among) };
  };
  return {
    clicks: samples.length,
    focused: samples.filter((sample) => sample.focused !== undefined).length,
    clickToFocus: interval('click', 'focused'),
    byStep: { question: ofStep('question'), outcome: ofStep('outcome') },
    fetchedAtClick: samples.filter((sample) => sample.fetchedAtClick).length,
    pointerdownToFocus: interval('pointerdown', 'focused'),
    clickToHeadingShown: interval('click', 'shown'),
    paths,
  };
}
