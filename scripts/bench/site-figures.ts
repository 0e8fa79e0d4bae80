/**
 * Turns the measurements into the report's rows, each with the issue's target where it sets one.
 * Which number a target applies to is decided here, once (for example: the 60 s target is for the
 * whole `npm run build`, content check included: the peers compile their MDX inside their builds).
 */
import type { BuildRun } from './build';
import type { FirstRenderFigures } from './first-render';
import type { LighthouseFigures } from './lighthouse';
import type { LoadFigures } from './load-test';
import type { ByteCounts } from './network-bytes';
import type { PeerFigures } from './peer';
import type { FirstQueryFigures, SearchFigures } from './search-timing';
import { atLeast, atMost, below, KB, type Figure } from './site-report';
import type { WizardTiming } from './wizard-timing';
import { percentile } from './search-latency';

/** Everything one bench run measured; a part is undefined when it was skipped or failed. */
export interface Measurements {
  coldBuilds: BuildRun[];
  /** Rebuilds after one edit each (a different article every time). */
  rebuilds: BuildRun[];
  /**
   * Cold and warm builds of the project's own content (a handful of articles): what `next build`
   * costs on this machine before any of the 1,000 articles, so the figures above can be read
   * against it.
   */
  floor?: { cold: BuildRun; rebuild?: BuildRun };
  output?: { totalMb: number; withoutCacheMb: number };
  weights?: Record<string, ByteCounts>;
  wizard?: WizardTiming;
  search?: SearchFigures;
  /** German pages with a translation, weighed on their own (issue 26: a second language is measured on its own). */
  germanWeights?: Record<string, ByteCounts>;
  /** The box's first query on a German page: the German index and the English one behind it. */
  germanFirstQuery?: FirstQueryFigures;
  lighthouse?: Record<string, LighthouseFigures>;
  /** Articles on their first request, which compiles their MDX in the server. */
  firstRenders?: FirstRenderFigures;
  /** The cached article under load, once per load generator. */
  load?: LoadFigures[];
  /** The same generators on a light route Next answers every time: what a page costs without the page cache. */
  loadThroughNext?: LoadFigures[];
  /** The issue's plain Next + mdx-bundler peer, built here with the generated article. */
  peer?: PeerFigures;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * The cold build's budget for a corpus of this size: 60 s at 1,000 generated articles (issue 8),
 * 120 s at 10,000 (issue 26, which sets no figure between them: the larger budget holds there).
 * Every other build budget is the same at every size.
 */
export function coldBuildBudgetSeconds(generatedArticles: number): number {
  return generatedArticles <= 1000 ? 60 : 120;
}

/** Issue 26: a page's Lighthouse LCP, median of its runs, at most this. */
const LCP_BUDGET_MS = 1200;

/**
 * Rows for the table and results.json, in reading order. `pageNames` are weighed against the
 * issue's 160 KB; `otherPageNames` are weighed without a target; `germanPageNames` against the
 * same 160 KB in a group of their own.
 */
export function toFigures(
  measured: Measurements,
  pageNames: readonly string[],
  otherPageNames: readonly string[] = [],
  generatedArticles = 1000,
  germanPageNames: readonly string[] = [],
): Figure[] {
  const figures: Figure[] = [];
  const add = (group: string, name: string, value: number | undefined, unit: string, target?: Figure['target']) =>
    figures.push({ group, name, value, unit, ...(target ? { target } : {}) });

  const cold = measured.coldBuilds;
  const builds = cold.length > 1 ? `median of ${cold.length}` : '1 run';
  add('build', `cold npm run build, total (${builds})`, median(cold.map((run) => run.totalMs)) / 1000, 's', atMost(coldBuildBudgetSeconds(generatedArticles), `${coldBuildBudgetSeconds(generatedArticles)} s`));
  add('build', '  of which prebuild (content check, search index)', median(cold.map((run) => run.prebuildMs)) / 1000, 's');
  add('build', '  of which next build', median(cold.map((run) => run.nextBuildMs)) / 1000, 's');
  add('build', 'peak memory (process tree RSS)', Math.max(...cold.map((run) => run.peakMemoryMb)), 'MB', atMost(1024, '1 GB'));
  const rebuilds = measured.rebuilds;
  const rebuildMedian = (ms: (run: BuildRun) => number) => (rebuilds.length > 0 ? median(rebuilds.map(ms)) / 1000 : undefined);
  add('build', `rebuild after one edit, total (median of ${rebuilds.length})`, rebuildMedian((run) => run.totalMs), 's', atMost(15, '15 s'));
  if (rebuilds.length > 0) figures.at(-1)!.detail = `runs ${rebuilds.map((run) => (run.totalMs / 1000).toFixed(1)).join(' / ')} s`;
  add('build', '  of which next build', rebuildMedian((run) => run.nextBuildMs), 's');
  if (measured.floor) {
    const { cold: floorCold, rebuild: floorRebuild } = measured.floor;
    const note = "the project's own content only: next build's fixed cost here";
    add('build', 'floor: cold next build, own content', floorCold.nextBuildMs / 1000, 's');
    figures.at(-1)!.detail = note;
    add('build', 'floor: peak memory, own content', floorCold.peakMemoryMb, 'MB');
    figures.at(-1)!.detail = note;
    if (floorRebuild) {
      add('build', 'floor: rebuild total, own content', floorRebuild.totalMs / 1000, 's');
      figures.at(-1)!.detail = `next build ${(floorRebuild.nextBuildMs / 1000).toFixed(1)} s; ${note}`;
    }
  }
  add('build', 'output .next (with cache)', measured.output?.totalMb, 'MB');
  add('build', 'output .next without cache/, plus the search files', measured.output?.withoutCacheMb, 'MB', atMost(150, '150 MB'));

  const weightDetail = (weight: ByteCounts) => {
    const kb = (bytes: number) => (bytes / KB).toFixed(1);
    return `JS ${kb(weight.js)} · CSS ${kb(weight.css)} · HTML ${kb(weight.html)} · other ${kb(weight.other)} KB, ${weight.requests} requests`;
  };
  for (const name of [...pageNames, ...otherPageNames]) {
    const weight = measured.weights?.[name];
    const target = pageNames.includes(name) ? atMost(160, '160 KB') : undefined;
    add('page weight', `${name}: before load`, weight && weight.total / KB, 'KB', target);
    if (weight) figures.at(-1)!.detail = weightDetail(weight);
  }

  const wizard = measured.wizard;
  add('wizard', `clicks whose next heading got focus (of ${wizard?.clicks ?? 0})`, wizard?.focused, '', atLeast(wizard?.clicks ?? 1, 'all'));
  add('wizard', 'click → heading focused, median', wizard?.clickToFocus.median, 'ms');
  add('wizard', 'click → heading focused, p95', wizard?.clickToFocus.p95, 'ms', below(50, '50 ms'));
  if (wizard) {
    const { question, outcome } = wizard.byStep;
    figures.at(-1)!.detail = `questions ${question.p95.toFixed(1)} ms (${question.clicks} clicks), outcomes ${outcome.p95.toFixed(1)} ms (${outcome.clicks}); ${wizard.fetchedAtClick} clicks fetched their step at the click`;
  }
  add('wizard', 'clicks that fetched their step at the click (prefetch not back yet)', wizard?.fetchedAtClick, '');
  add('wizard', 'pointerdown → heading focused, p95', wizard?.pointerdownToFocus.p95, 'ms');
  add('wizard', 'click → next heading shown, median', wizard?.clickToHeadingShown.median, 'ms');
  add('wizard', 'click → next heading shown, p95', wizard?.clickToHeadingShown.p95, 'ms');

  const search = measured.search;
  add('search', 'first query: bytes fetched after focus', search && search.firstQueryBytes.total / KB, 'KB', atMost(300, '300 KB'));
  if (search) figures.at(-1)!.detail = `JS ${(search.firstQueryBytes.js / KB).toFixed(1)} KB, index and other ${(search.firstQueryBytes.other / KB).toFixed(1)} KB (query "${search.query}")`;
  add('search', 'first query: focus → first suggestion', search?.firstQueryMs, 'ms');
  add('search', 'index base file (raw JSON)', search && search.indexBytes.raw / KB, 'KB');
  add('search', `query p50 (${search?.queries.samples ?? 0} runs)`, search?.queries.p50, 'ms');
  add('search', 'query p95', search?.queries.p95, 'ms', below(5, '5 ms'));
  add('search', 'typing (every prefix) p95', search?.typing.p95, 'ms');

  // Issue 27: German pages within the same 160 KB, and its search within the same first-query budget.
  for (const name of germanPageNames) {
    const weight = measured.germanWeights?.[name];
    add('German', `${name}: before load`, weight && weight.total / KB, 'KB', atMost(160, '160 KB'));
    if (weight) figures.at(-1)!.detail = weightDetail(weight);
  }
  const german = measured.germanFirstQuery;
  if (germanPageNames.length > 0 || german) {
    add('German', 'first query: bytes fetched after focus', german && german.firstQueryBytes.total / KB, 'KB', atMost(300, '300 KB'));
    if (german) {
      const bases = german.indexFiles.filter((file) => file.endsWith('index.json') || file === '/search-index.json').length;
      figures.at(-1)!.detail =
        `JS ${(german.firstQueryBytes.js / KB).toFixed(1)} KB, index and other ${(german.firstQueryBytes.other / KB).toFixed(1)} KB in ` +
        `${german.indexFiles.length} index files (${bases} base files) (query "${german.query}")`;
    }
    add('German', 'first query: focus → first suggestion', german?.firstQueryMs, 'ms');
  }

  const lighthouseDetail = (result: LighthouseFigures) => {
    const rerun = result.unmeasured?.length ? ` · ${result.unmeasured.length} unscored run(s) run again` : '';
    return `runs ${result.runs.map((run) => run.performance).join('/')} · FCP ${Math.round(result.firstContentfulPaintMs)} ms · LCP ${Math.round(result.largestContentfulPaintMs)} ms · TBT ${Math.round(result.totalBlockingTimeMs)} ms · CLS ${result.cumulativeLayoutShift.toFixed(3)}${rerun}`;
  };
  for (const [name, result] of Object.entries(measured.lighthouse ?? {})) {
    add('lighthouse', `${name}: performance (median of ${result.runs.length})`, result.performance, '', atLeast(98, '98'));
    figures.at(-1)!.detail = lighthouseDetail(result);
    add('lighthouse', `${name}: accessibility`, result.accessibility, '', atLeast(100, '100'));
    if (result.failedAccessibilityAudits.length > 0) figures.at(-1)!.detail = `failed: ${result.failedAccessibilityAudits.join(', ')}`;
  }
  // LCP beside the peer's from the same run: Lighthouse's simulated timings move with the machine's
  // load, so only two figures taken minutes apart can be compared (issue 26).
  const peerLcp = measured.peer?.lighthouse?.medianLargestContentfulPaintMs;
  const lcpRuns = (result: LighthouseFigures) => result.runs.map((run) => Math.round(run.largestContentfulPaintMs)).join(' / ');
  for (const [name, result] of Object.entries(measured.lighthouse ?? {})) {
    add('lighthouse', `${name}: LCP (median of ${result.runs.length})`, result.medianLargestContentfulPaintMs, 'ms', atMost(LCP_BUDGET_MS, '1.2 s'));
    figures.at(-1)!.detail = `runs ${lcpRuns(result)} ms${peerLcp === undefined ? '' : ` · plain Next peer, same run: ${Math.round(peerLcp)} ms`}`;
    if (peerLcp !== undefined) {
      add('lighthouse', `${name}: LCP above the plain Next peer's`, result.medianLargestContentfulPaintMs - peerLcp, 'ms', atMost(0, "0 (not above the peer's)"));
    }
  }

  const firstRenders = measured.firstRenders;
  if (firstRenders) {
    // Issue 26: at most 1 s for the server's very first, and a p95 of 300 ms over 20 more.
    add('serve', "an article's first request, server's first (loads the MDX compiler)", firstRenders.firstMs, 'ms', atMost(1000, '1 s'));
    add('serve', "an article's first request, later articles (median)", median(firstRenders.laterMs), 'ms');
    figures.at(-1)!.detail = `${firstRenders.laterMs.map((ms) => ms.toFixed(0)).join(' / ')} ms; compiled then, since the content check only outlines`;
    add('serve', `an article's first request, later articles (p95 of ${firstRenders.laterMs.length})`, percentile(firstRenders.laterMs, 95), 'ms', atMost(300, '300 ms'));
  }
  for (const load of measured.load ?? []) {
    add('serve', `cached article, ${load.tool}: requests/s (${load.connections} conn, ${load.durationSeconds} s)`, load.requestsPerSecond, 'req/s', atLeast(2000, '2,000'));
    add('serve', `  latency p99 (${load.tool})`, load.latencyP99Ms, 'ms');
    figures.at(-1)!.detail = `p50 ${load.latencyP50Ms} ms, ${load.requests.toLocaleString('en-GB')} requests`;
    add('serve', `  errors + timeouts + non-2xx (${load.tool})`, load.errors + load.timeouts + load.non2xx, '', atMost(0, '0'));
  }
  for (const throughNext of measured.loadThroughNext ?? []) {
    add('serve', `for comparison, through Next every time, ${throughNext.tool}: ${new URL(throughNext.url).pathname}`, throughNext.requestsPerSecond, 'req/s');
    figures.at(-1)!.detail = "a 1 KB route that may not be kept (must-revalidate), same connections and duration: what Next's handler allows";
  }
  if (!measured.load?.length) add('serve', 'cached article: requests/s', undefined, 'req/s', atLeast(2000, '2,000'));

  // No targets: the peer is the yardstick the targets were drawn from, measured here beside ours.
  const peer = measured.peer;
  if (peer) {
    const name = 'plain Next 16 + mdx-bundler, same generated article';
    add('peer', `${name}: before load`, peer.weight && peer.weight.total / KB, 'KB');
    if (peer.weight) figures.at(-1)!.detail = weightDetail(peer.weight);
    if (peer.lighthouse) {
      add('peer', `  Lighthouse performance (median of ${peer.lighthouse.runs.length})`, peer.lighthouse.performance, '');
      figures.at(-1)!.detail = lighthouseDetail(peer.lighthouse);
      add('peer', `  Lighthouse LCP (median of ${peer.lighthouse.runs.length})`, peer.lighthouse.medianLargestContentfulPaintMs, 'ms');
      figures.at(-1)!.detail = `runs ${lcpRuns(peer.lighthouse)} ms`;
    }
    add('peer', '  next build, peak memory (one page)', peer.build.peakMemoryMb, 'MB');
    figures.at(-1)!.detail = `next build ${(peer.build.nextBuildMs / 1000).toFixed(1)} s`;
  }
  return figures;
}
