/**
 * `npm run bench:site [-- --articles N] [--full] [--skip-lighthouse] [--keep]`: the performance
 * benchmark of issue 8. Generates the real content plus N articles and a ~200-node troubleshooter,
 * builds them in a throwaway copy of the project (never the developer's .next), serves the result
 * with `npm start`'s server and measures it with Playwright, Lighthouse and autocannon, then builds
 * and measures the issue's plain Next peer with the same article beside it. Writes bench/results.json
 * and prints a table. A script, not a test: the figures depend on the machine.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './bench/browser';
import { buildOutputSize, runBuild, type BuildRun } from './bench/build';
import { runCleanup } from './bench/cleanup';
import { measureFirstRenders } from './bench/first-render';
import { measureLighthouse } from './bench/lighthouse';
import { availableLoadTools, measureLoad } from './bench/load-test';
import { measurePageWeights } from './bench/page-weight';
import { measurePeer } from './bench/peer';
import { measureFirstQuery, measureSearch } from './bench/search-timing';
import { startServer } from './bench/server';
import { editOneSentence, writeSiteCorpus } from './bench/site-corpus';
import { toFigures, type Measurements } from './bench/site-figures';
import { formatTable, machine, writeResults } from './bench/site-report';
import { buildSummary } from './bench/build-summary';
import { stepPathAtDepth } from './bench/site-wizard';
import { measureWizardClicks } from './bench/wizard-timing';
import { copyProject, createWorkspace } from './bench/workspace';
import { ALL_ARTICLES_PATH, articlePath, browsePagePath, HOME_PATH, localizePath, treeMapPath } from '../lib/paths';
import { getWizard } from '../lib/content/wizards.server';

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    full: { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // A build that takes longer than this has missed its 60 s (120 s at 10,000 articles) target by far; stop it and report.
    'build-timeout': { type: 'string', default: '20' },
  },
});
const buildTimeoutMs = Number(options['build-timeout']) * 60_000;
const REBUILDS = 3;
const articleCount = Number(options.articles);
if (!Number.isInteger(articleCount) || articleCount < 2) throw new Error('--articles takes a whole number of at least 2');

const projectRoot = process.cwd();
const benchStarted = Date.now();
const elapsed = () => `${((Date.now() - benchStarted) / 1000).toFixed(0)} s`;
const say = (message: string) => console.log(`[bench:site ${elapsed()}] ${message}`);
/** A stage that fails is reported and left out; the others still run, so one problem does not hide the rest. */
const problems: string[] = [];
async function stage<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  say(`${name}…`);
  try {
    return await run();
  } catch (error) {
    const message = `${name} failed: ${error instanceof Error ? error.message : String(error)}`;
    problems.push(message);
    console.error(message);
    return undefined;
  }
}

const workspace = createWorkspace(projectRoot, options.keep);
say(`workspace ${workspace.root}${options.keep ? ' (kept)' : ''}`);
const corpus = writeSiteCorpus(path.join(projectRoot, 'content'), workspace.content, articleCount);
say(`corpus: ${articleCount} generated articles (mean ${corpus.meanWords} words) + ${corpus.tree.nodes.length}-node troubleshooter`);

const measured: Measurements = { coldBuilds: [], rebuilds: [] };
const logFile = (name: string) => path.join(workspace.root, `${name}.log`);
for (let run = 1; run <= (options.full ? 2 : 1); run += 1) {
  rmSync(path.join(workspace.app, '.next'), { recursive: true, force: true });
  const cold = await stage(`cold build ${run}`, () => runBuild(workspace.app, workspace.content, logFile(`cold-build-${run}`), buildTimeoutMs));
  if (!cold) break;
  measured.coldBuilds.push(cold);
  say(`cold build ${run}: ${(cold.totalMs / 1000).toFixed(1)} s (prebuild ${(cold.prebuildMs / 1000).toFixed(1)} s), peak ${cold.peakMemoryMb.toFixed(0)} MB`);
}

const built = measured.coldBuilds.length > 0;
if (built) {
  measured.output = buildOutputSize(workspace.app);
  // One rebuild is at the mercy of a busy minute on a shared machine: three, each after an author's
  // edit to a different article, and the median is the figure (as Lighthouse takes three runs).
  for (let run = 1; run <= REBUILDS; run += 1) {
    const edited = corpus.articles[Math.floor(corpus.articles.length / 2) + run] ?? corpus.articles[0];
    if (edited) editOneSentence(corpus, edited);
    const rebuild = await stage(`rebuild ${run} after one edit`, () => runBuild(workspace.app, workspace.content, logFile(`rebuild-${run}`), buildTimeoutMs));
    if (rebuild) measured.rebuilds.push(rebuild);
  }
}

const article = corpus.articles[1] ?? corpus.articles[0];
if (!article) throw new Error('the bench corpus has no articles');
const pages = {
  home: HOME_PATH,
  'generated article': articlePath(article.slug),
  'wizard step (200-node tree)': stepPathAtDepth(corpus.tree, 2),
  'real article': articlePath('windows-auth-fails-in-ie-edge'),
  // Lists that grow with the site, paged (each was once 0.6–1.6 MB of HTML at 1,000 articles):
  // issue 26 holds each page to the same 160 KB. A tag about a quarter of the articles carry, and
  // the product of the article above.
  'all articles, first page': ALL_ARTICLES_PATH,
  'tag page (kerberos), first page': browsePagePath('tag', 'kerberos'),
  [`product page (${article.productSlugs[0]}), first page`]: browsePagePath('product', article.productSlugs[0]!),
};
// Pages the issue sets no target for, weighed to catch what grows with the site.
const growingPages = {
  'troubleshooter map (200-node tree)': treeMapPath(corpus.tree.id),
};
// A second language is measured on its own (issue 26), against the same 160 KB and 300 KB (issue
// 27): pages that have a translation (the shipped real article and troubleshooter; the generated
// ones have none).
const translatedTree = getWizard('windows-auth-login', path.join(projectRoot, 'content'));
if (!translatedTree) throw new Error('the bench needs the shipped troubleshooter windows-auth-login');
const germanPages = {
  'German home': localizePath('de', HOME_PATH),
  'German real article (translated)': localizePath('de', articlePath('windows-auth-fails-in-ie-edge')),
  'German wizard step (translated tree)': localizePath('de', stepPathAtDepth(translatedTree, 2)),
};
const GERMAN_QUERY = 'Uhrzeit Kerberos';
const server = built ? await stage('serve', () => startServer(workspace.app, workspace.content)) : undefined;
if (server) {
  // Articles no page below links to first (from the middle of the corpus), before anything warms
  // them: the server's very first, then 20 more for issue 26's p95 of 20.
  const middle = Math.max(0, Math.min(500, corpus.articles.length - 21));
  const unvisited = corpus.articles.slice(middle, middle + 21).map((planned) => articlePath(planned.slug));
  measured.firstRenders = await stage('first render of unvisited articles', () => measureFirstRenders(server.origin, unvisited));
  const browser = await launchBrowser();
  try {
    const list = Object.entries({ ...pages, ...growingPages }).map(([name, pagePath]) => ({ name, path: pagePath }));
    measured.weights = await stage('page weight', () => measurePageWeights(browser, server.origin, list));
    measured.wizard = await stage('wizard clicks', () => measureWizardClicks(browser, server.origin, stepPathAtDepth(corpus.tree, 0)));
    measured.search = await stage('search', () => measureSearch(browser, server.origin, pages['generated article']));
    const germanList = Object.entries(germanPages).map(([name, pagePath]) => ({ name, path: pagePath }));
    measured.germanWeights = await stage('German page weight', () => measurePageWeights(browser, server.origin, germanList));
    measured.germanFirstQuery = await stage('German search', () => measureFirstQuery(browser, server.origin, germanPages['German real article (translated)'], GERMAN_QUERY));
  } finally {
    await browser.close();
  }
  if (!options['skip-lighthouse']) {
    const audited = { home: pages.home, 'generated article': pages['generated article'], 'wizard step': pages['wizard step (200-node tree)'] };
    const urls = Object.fromEntries(Object.entries(audited).map(([name, pagePath]) => [name, server.origin + pagePath]));
    measured.lighthouse = await stage('lighthouse (3 runs per page)', () => measureLighthouse(urls));
  }
  for (const tool of availableLoadTools()) {
    const article = await stage(`load (${tool})`, () => measureLoad(tool, workspace.app, server.origin + pages['generated article']));
    if (article) (measured.load ??= []).push(article);
    const throughNext = await stage(`load through Next (${tool})`, () => measureLoad(tool, workspace.app, `${server.origin}/icon.svg`));
    if (throughNext) (measured.loadThroughNext ??= []).push(throughNext);
  }
  server.stop();
}

// The issue's plain Next peer, built and measured here with the same article and tools, so the
// distance to its figures is measured on one machine on one day rather than quoted.
if (article) {
  measured.peer = await stage('plain Next peer (same article)', () =>
    measurePeer({
      dir: path.join(workspace.root, 'peer'),
      projectRoot,
      articleFile: path.join(workspace.content, 'articles', `${article.slug}.mdx`),
      contentDir: workspace.content,
      logFile: logFile('peer-build'),
      timeoutMs: buildTimeoutMs,
      lighthouse: !options['skip-lighthouse'],
    }),
  );
}

// The same builds on the project's own content, in a copy of their own: the workspace keeps the
// build measured above (`--keep` is for looking at it), and the floor starts as cold as it did.
const ownContent = path.join(projectRoot, 'content');
const floorApp = path.join(workspace.root, 'floor');
copyProject(projectRoot, floorApp);
const floorCold = await stage('floor: cold build of the own content', () => runBuild(floorApp, ownContent, logFile('floor-cold'), buildTimeoutMs));
if (floorCold) {
  const floorRebuild = await stage('floor: rebuild of the own content', () => runBuild(floorApp, ownContent, logFile('floor-rebuild'), buildTimeoutMs));
  measured.floor = { cold: floorCold, ...(floorRebuild ? { rebuild: floorRebuild } : {}) };
}

const figures = toFigures(measured, Object.keys(pages), Object.keys(growingPages), articleCount, Object.keys(germanPages));
// A build's printed output is summarised in `build`/`rebuild`; results.json keeps only its figures.
const withoutOutput = ({ output: _output, ...run }: BuildRun) => run;
const lastBuild: BuildRun | undefined = measured.coldBuilds.at(-1);
const details = {
  options: { articles: articleCount, full: options.full, skipLighthouse: options['skip-lighthouse'] },
  corpus: { generatedArticles: articleCount, meanWords: corpus.meanWords, treeNodes: corpus.tree.nodes.length, pages, growingPages, germanPages },
  build: lastBuild ? buildSummary(lastBuild.output) : undefined,
  rebuild: measured.rebuilds.length > 0 ? buildSummary(measured.rebuilds.at(-1)!.output) : undefined,
  measured: {
    ...measured,
    coldBuilds: measured.coldBuilds.map(withoutOutput),
    rebuilds: measured.rebuilds.map(withoutOutput),
    floor: measured.floor && { cold: withoutOutput(measured.floor.cold), rebuild: measured.floor.rebuild && withoutOutput(measured.floor.rebuild) },
    peer: measured.peer && { ...measured.peer, build: withoutOutput(measured.peer.build) },
  },
  problems,
  benchSeconds: Math.round((Date.now() - benchStarted) / 1000),
};
const resultsFile = writeResults(projectRoot, figures, details, articleCount);
if (options.keep) writeFileSync(path.join(workspace.root, 'results.json'), JSON.stringify(details, null, 2));

const host = machine();
console.log(`\nFixpath site bench · ${new Date().toISOString().slice(0, 10)} · ${host.cpu}, ${host.cores} cores, ${host.totalRamMb} MB · node ${host.node}`);
console.log(`${articleCount} generated + 8 real articles, ${corpus.tree.nodes.length}-node troubleshooter · took ${elapsed()}\n`);
console.log(formatTable(figures));
for (const problem of problems) console.log(`problem: ${problem}`);
console.log(`\nwritten: ${path.relative(projectRoot, resultsFile)}${options.keep ? ` · workspace kept at ${workspace.root}` : ''}`);
runCleanup();
process.exit(problems.length > 0 ? 1 : 0);
