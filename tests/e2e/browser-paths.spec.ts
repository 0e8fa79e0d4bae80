import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { BROWSER_LABELS, narrowScope, parseBrowserScope, scopeCovers, type BrowserScope } from '../../lib/browser-scope';
import { allPaths, type TrailStep } from '../../lib/wizard/navigate';
import { checkAnswersLeadTo } from '../../lib/wizard/url';
import { loadShippedTree } from './wizard-tree';
import { formatAnswersProblem } from '../../lib/wizard/answers-problem';

/**
 * Issue 22: every browser gets the right answer. Everything here is generated from the shipped tree
 * and the articles' MDX, never hand-listed, so a new option, outcome or procedure is covered by the
 * next run:
 * - for each option of the first question that names concrete browsers, a reader clicks a path from
 *   that option to an outcome with a fix, and the fix shown is a procedure written for those browsers
 *   (its `<Steps browsers>` in the MDX file, and the browsers the article page names for it);
 * - every outcome can be reached by clicking links, with JavaScript and without it.
 */

const tree = loadShippedTree();
const treeFile = `content/wizards/${tree.id}.yaml`;

// Browser scopes are read from the YAML itself: the spec must not depend on how the parsed tree exposes them.
interface RawOption {
  id: string;
  next: string;
  browsers?: unknown;
}
interface RawNode {
  id: string;
  type: string;
  options?: RawOption[];
  fix?: { article: string; procedure: string; source?: string };
}
const raw = parseYaml(readFileSync(treeFile, 'utf8')) as { start: string; nodes: RawNode[] };
const rawNodes = new Map(raw.nodes.map((node) => [node.id, node]));

function optionScope(questionId: string, optionId: string): BrowserScope {
  const option = rawNodes.get(questionId)?.options?.find((candidate) => candidate.id === optionId);
  const declared = option?.browsers;
  if (declared === undefined || declared === 'any') return 'any';
  if (!Array.isArray(declared)) throw new Error(`${treeFile}: ${questionId}/${optionId}: browsers must be "any" or a list`);
  const parsed = parseBrowserScope(declared.join(','));
  if (!parsed.ok) throw new Error(`${treeFile}: ${questionId}/${optionId}: ${parsed.message}`);
  return parsed.scope;
}

/** `<Steps id="…" title="…" browsers="…">` of an article, read from its MDX file. */
function articleProcedures(slug: string): Map<string, { title: string; scope: BrowserScope | null }> {
  const text = readFileSync(`content/articles/${slug}.mdx`, 'utf8');
  const procedures = new Map<string, { title: string; scope: BrowserScope | null }>();
  for (const match of text.matchAll(/<Steps\s([^>]*)>/g)) {
    const attributes = match[1]!;
    const attribute = (name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
    const id = attribute('id');
    if (!id) continue;
    const declared = attribute('browsers');
    const parsed = declared === undefined ? null : parseBrowserScope(declared);
    if (parsed && !parsed.ok) throw new Error(`content/articles/${slug}.mdx: <Steps id="${id}">: ${parsed.message}`);
    procedures.set(id, { title: attribute('title') ?? '', scope: parsed ? parsed.scope : null });
  }
  return procedures;
}

interface GeneratedPath {
  outcomeId: string;
  trail: TrailStep[];
  scope: BrowserScope;
}

const paths: GeneratedPath[] = allPaths(tree).map((path) => {
  const check = checkAnswersLeadTo(tree, path.outcomeId, path.answers);
  if (!check.ok) throw new Error(`${path.outcomeId}: ${formatAnswersProblem(check.reason)}`);
  const scope = path.answers.reduce<BrowserScope>((outer, answer) => narrowScope(outer, optionScope(answer.questionId, answer.optionId)), 'any');
  return { outcomeId: path.outcomeId, trail: check.trail, scope };
});

/** Fewest clicks first, then the first options: the path a reader is most likely to take. */
function shortest(candidates: GeneratedPath[]): GeneratedPath | undefined {
  return [...candidates].sort((a, b) => a.trail.length - b.trail.length)[0];
}

function titleOf(id: string): string {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node.type === 'question' ? node.prompt : node.title;
}

/** Clicks each answer as a reader would, checking the question first and the address after. */
async function clickThrough(page: Page, trail: TrailStep[], javaScript: boolean) {
  for (const step of trail) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.question.prompt);
    if (javaScript) await expect(page.locator('ul[data-enhanced]')).toBeVisible();
    await page.getByRole('link', { name: step.option.label, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === `/wizard/${tree.id}/${step.option.next}`);
  }
}

const start = rawNodes.get(raw.start);
if (!start?.options) throw new Error(`${treeFile}: the start node is not a question`);
const startOptions = start.options.filter((option) => optionScope(raw.start, option.id) !== 'any');

test('the first question names concrete browsers for at least Internet Explorer, Edge, Chrome and Firefox', () => {
  const named = new Set(startOptions.flatMap((option) => optionScope(raw.start, option.id) as readonly string[]));
  for (const browser of ['ie', 'edge', 'chrome', 'firefox']) expect(named, `no start option declares ${browser}`).toContain(browser);
});

for (const option of startOptions) {
  const scope = optionScope(raw.start, option.id);
  const label = (scope as readonly string[]).join(', ');
  test(`start option "${option.id}" (${label}) leads by clicks to a fix written for ${label}`, async ({ page }) => {
    const withFix = paths.filter((path) => path.trail[0]?.option.id === option.id && rawNodes.get(path.outcomeId)?.fix);
    const path = shortest(withFix);
    expect(path, `no path from ${option.id} reaches an outcome with a fix`).toBeDefined();
    const { outcomeId, trail } = path!;
    const fix = rawNodes.get(outcomeId)!.fix!;

    // The procedure as the MDX declares it covers every browser of the path.
    const procedure = articleProcedures(fix.article).get(fix.procedure);
    expect(procedure, `content/articles/${fix.article}.mdx has no <Steps id="${fix.procedure}">`).toBeDefined();
    expect(procedure!.scope, `<Steps id="${fix.procedure}"> declares no browsers`).not.toBeNull();
    expect(scopeCovers(procedure!.scope!, path!.scope), `${fix.procedure} is for ${String(procedure!.scope)}, the path for ${label}`).toBe(true);

    // A reader clicks from the start to the outcome, which shows that procedure.
    await page.goto(`/wizard/${tree.id}/${tree.start}`);
    await clickThrough(page, trail, true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(outcomeId));
    await expect(page.locator('#fix-heading')).toHaveText(procedure!.title);
    await expect(page.locator('li.step').first()).toBeVisible();
    const articleLink = page.getByRole('link', { name: /^Read the full article/ });
    await expect(articleLink).toHaveAttribute('href', `/articles/${fix.article}#${fix.procedure}`);

    // The article names the procedure's browsers next to it.
    await articleLink.click();
    await expect(page).toHaveURL((url) => url.pathname === `/articles/${fix.article}` && url.hash === `#${fix.procedure}`);
    const steps = page.locator(`[id="${fix.procedure}"]`);
    await expect(steps).toBeVisible();
    if (procedure!.scope !== 'any') {
      const around = steps.locator('xpath=..');
      for (const browser of procedure!.scope!) await expect(around).toContainText(BROWSER_LABELS[browser]);
    }
  });
}

const outcomes = tree.nodes.filter((node) => node.type === 'outcome').map((node) => node.id);

for (const javaScript of [true, false]) {
  for (const outcomeId of outcomes) {
    test(`${javaScript ? 'with' : 'without'} JavaScript, a reader reaches ${outcomeId} by clicking links`, async ({ browser }) => {
      const path = shortest(paths.filter((candidate) => candidate.outcomeId === outcomeId));
      expect(path, `no path reaches ${outcomeId}`).toBeDefined();
      const context = await browser.newContext({ javaScriptEnabled: javaScript });
      const page = await context.newPage();
      await page.goto(`/wizard/${tree.id}`);
      await page.getByRole('link', { name: 'Start now' }).click();
      await clickThrough(page, path!.trail, javaScript);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(outcomeId));
      if (rawNodes.get(outcomeId)?.fix) await expect(page.locator('li.step').first()).toBeVisible();
      await context.close();
    });
  }
}

test('a link with an answer the tree retired answers 307 and opens at that question, named as changed', async ({ page, request }) => {
  const retired = (parseYaml(readFileSync(treeFile, 'utf8')) as { retiredOptions?: Record<string, string[]> }).retiredOptions ?? {};
  const entry = Object.entries(retired).find(([questionId]) => rawNodes.get(questionId)?.type === 'question');
  // The tree retired the old first-question options; this test is about links that still carry them.
  expect(entry?.[1].length ?? 0, 'the tree retires at least one option of a live question').toBeGreaterThan(0);
  const [questionId, optionIds] = entry!;
  // A link published before the change: the retired answer first, nothing after it when it starts the tree.
  const before = paths.find((path) => path.trail.some((step) => step.question.id === questionId));
  const prefix = before!.trail.slice(0, before!.trail.findIndex((step) => step.question.id === questionId));
  const answers = [...prefix.map((step) => `${step.question.id}:${step.option.id}`), `${questionId}:${optionIds[0]}`].join(',');
  const old = `/wizard/${tree.id}/${before!.outcomeId}?answers=${answers}`;

  const response = await request.get(old, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  await page.goto(old);
  await expect(page).toHaveURL((url) => url.pathname === `/wizard/${tree.id}/${questionId}` && url.searchParams.get('changed') === questionId);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(questionId));
});

test('the generated paths really are per browser: no outcome with a fix is reached by a path whose browsers its procedure misses', () => {
  const problems: string[] = [];
  for (const path of paths) {
    const fix = rawNodes.get(path.outcomeId)?.fix;
    if (!fix) continue;
    const procedure = articleProcedures(fix.article).get(fix.procedure);
    if (!procedure?.scope || !scopeCovers(procedure.scope, path.scope)) {
      const answers = path.trail.map((step) => `${step.question.id}:${step.option.id}`).join(',');
      problems.push(`${path.outcomeId} via ${answers}: path ${String(path.scope)}, procedure ${fix.article}#${fix.procedure} ${String(procedure?.scope ?? 'undeclared')}`);
    }
  }
  expect(problems).toEqual([]);
});
