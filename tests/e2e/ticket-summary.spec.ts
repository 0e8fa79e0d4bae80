import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { articlePath, fixStepsPath, searchPath, stepPath } from '../../lib/paths';
import { isFixProcedure } from '../../lib/wizard/fix-procedure';
import { allPaths } from '../../lib/wizard/navigate';
import type { OutcomeNode } from '../../lib/wizard/schema';
import { TICKET_FORMATS, writeTicketSummary } from '../../lib/wizard/ticket-summary/formats';
import { ticketSummaryOf } from '../../lib/wizard/ticket-summary/model';
import { checkAnswersLeadTo } from '../../lib/wizard/url';
import { loadShippedTree } from './wizard-tree';
import { formatAnswersProblem } from '../../lib/wizard/answers-problem';

const tree = loadShippedTree();

/** The outcome whose fix has both registry values and a command: every part of a summary shows. */
const OUTCOME = 'fix-chromium-allowlist';

function pathTo(outcomeId: string) {
  const found = allPaths(tree).find((candidate) => candidate.outcomeId === outcomeId);
  if (!found) throw new Error(`no path to ${outcomeId}`);
  const check = checkAnswersLeadTo(tree, outcomeId, found.answers);
  if (!check.ok) throw new Error(formatAnswersProblem(check.reason));
  return { answers: found.answers, check };
}

const panel = (page: Page) => page.getByRole('region', { name: 'Summary for the ticket' });
const preview = (page: Page) => panel(page).getByTestId('ticket-summary-preview');
const copyButton = (page: Page) => panel(page).getByRole('button', { name: /^Copy for the ticket/ });

/** What the summary must be, written by the site's own formatter from the steps the site serves. */
async function expectedSummary(page: Page, baseURL: string, format: (typeof TICKET_FORMATS)[number]['id']) {
  const { answers, check } = pathTo(OUTCOME);
  const fix = (check.node as OutcomeNode).fix!;
  const served: unknown = await (await page.request.get(fixStepsPath(fix.article, fix.procedure))).json();
  if (!isFixProcedure(served)) throw new Error('steps.json has the wrong shape');
  const summary = ticketSummaryOf({ tree, trail: check.trail, node: check.node, stepUrl: `${baseURL}${stepPath(tree.id, OUTCOME, answers)}`, origin: baseURL, procedure: served });
  return { text: writeTicketSummary(summary, format), procedure: served, fix };
}

const FORMAT_MARKERS = {
  markdown: { starts: '**Troubleshooter:**', code: '```cmd' },
  jira: { starts: '*Troubleshooter:*', code: '{noformat}' },
  text: { starts: 'Troubleshooter:', code: '       reg export' },
} as const;

for (const format of TICKET_FORMATS) {
  test(`at an outcome, "Copy for the ticket" as ${format.label} copies exactly the preview: answers, outcome, fix steps with their values and commands, and both links`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const { answers, check } = pathTo(OUTCOME);
    await page.goto(stepPath(tree.id, OUTCOME, answers));
    await panel(page).getByRole('radio', { name: new RegExp(`^${format.label}`) }).check();
    await expect(preview(page)).toHaveAccessibleName(`Preview of what is copied, as ${format.label}`);
    await copyButton(page).click();
    await expect(copyButton(page)).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());

    const expected = await expectedSummary(page, baseURL!, format.id);
    expect(copied).toBe(expected.text);
    expect((await preview(page).textContent())).toBe(copied);
    expect(copied.startsWith(FORMAT_MARKERS[format.id].starts)).toBe(true);
    expect(copied).toContain(FORMAT_MARKERS[format.id].code);
    for (const step of check.trail) expect(copied).toContain(step.question.prompt);
    expect(copied).toContain((check.node as OutcomeNode).title);
    for (const step of expected.procedure.steps) expect(copied).toContain(step.title);
    expect(copied).toContain('AuthServerAllowlist');
    expect(copied).toContain('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge');
    expect(copied).toContain(`${baseURL}${articlePath(expected.fix.article, expected.fix.procedure)}`);
    expect(copied).toContain(`${baseURL}${stepPath(tree.id, OUTCOME, answers)}`);
    await context.close();
  });
}

test('the chosen format is remembered after a reload and on the next outcome', async ({ page }) => {
  const { answers } = pathTo(OUTCOME);
  await page.goto(stepPath(tree.id, OUTCOME, answers));
  await expect(panel(page).getByRole('radio', { name: /^Markdown/ })).toBeChecked();
  await panel(page).getByRole('radio', { name: /^Jira wiki markup/ }).check();
  await expect(preview(page)).toContainText('{noformat}');
  await page.reload();
  await expect(panel(page).getByRole('radio', { name: /^Jira wiki markup/ })).toBeChecked();
  await expect(preview(page)).toHaveText(/^\*Troubleshooter:\*/);
  const other = pathTo('fix-client-registry');
  await page.goto(stepPath(tree.id, 'fix-client-registry', other.answers));
  await expect(panel(page).getByRole('radio', { name: /^Jira wiki markup/ })).toBeChecked();
  await expect(preview(page)).toContainText('EnableNegotiate');
});

test('the format is chosen with the arrow keys, and the preview can be reached and scrolled from the keyboard', async ({ page }) => {
  const { answers } = pathTo(OUTCOME);
  await page.goto(stepPath(tree.id, OUTCOME, answers));
  const markdown = panel(page).getByRole('radio', { name: /^Markdown/ });
  await markdown.focus();
  await page.keyboard.press('ArrowDown');
  await expect(panel(page).getByRole('radio', { name: /^Jira wiki markup/ })).toBeChecked();
  await expect(panel(page).getByRole('group', { name: 'Format (remembered for next time)' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(copyButton(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(preview(page)).toBeFocused();
  const before = await preview(page).evaluate((element) => element.scrollTop);
  await page.keyboard.press('PageDown');
  await expect.poll(() => preview(page).evaluate((element) => element.scrollTop)).toBeGreaterThan(before);
});

test('mid-way, the summary holds the answers so far and the question it stopped at; at the first question there is none', async ({ page }) => {
  const { check, answers } = pathTo('fix-iis-providers');
  const question = check.trail[2]!.question;
  await page.goto(stepPath(tree.id, question.id, answers.slice(0, 2)));
  await expect(preview(page)).toContainText('**Answers so far:**');
  await expect(preview(page)).toContainText(`**Stopped at the question:** ${question.prompt}`);
  for (const step of check.trail.slice(0, 2)) await expect(preview(page)).toContainText(step.option.label.replace(/[*_[\]<>|~`\\]/g, '\\$&'));

  await page.goto(stepPath(tree.id, tree.start, []));
  await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeVisible();
  await expect(panel(page)).toHaveCount(0);
});

test('without JavaScript the summary is not offered, since it cannot be copied', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(stepPath(tree.id, OUTCOME, pathTo(OUTCOME).answers));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Summary for the ticket')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Copy for the ticket/ })).toHaveCount(0);
  await context.close();
});

test("an outcome's step links say that they open the article and leave the troubleshooter", async ({ page }) => {
  const { answers, check } = pathTo(OUTCOME);
  const fix = (check.node as OutcomeNode).fix!;
  await page.goto(stepPath(tree.id, OUTCOME, answers));
  const first = page.getByRole('link', { name: /^Open step 1 in the article \(leaves the troubleshooter\)/ });
  await expect(first).toBeVisible();
  await expect(page.getByRole('link', { name: /^Link to step/ })).toHaveCount(0);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${articlePath(fix.article)}#`));
  await expect(page.locator('li.step:target')).toHaveCount(1);
});

test("the home page's symptoms are searches: one opens the search page with results for it", async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('article').first();
  const symptom = card.getByRole('list', { name: /^Symptoms covered by/ }).getByRole('link').first();
  const words = (await symptom.textContent())!.trim();
  await expect(symptom).toHaveAttribute('href', searchPath(words));
  const articleHref = (await card.getByRole('heading').getByRole('link').getAttribute('href'))!;
  await symptom.click();
  await page.waitForURL((url) => url.pathname === '/search');
  expect(new URL(page.url()).searchParams.get('q')).toBe(words);
  // The article that lists the symptom is among the results (at its page or one of its sections).
  await expect(page.getByRole('main').locator(`a[href^="${articleHref}"]`).first()).toBeVisible();
});

for (const [name, url] of [
  ['outcome', stepPath(tree.id, OUTCOME, pathTo(OUTCOME).answers)],
  ['question', stepPath(tree.id, pathTo('fix-iis-providers').check.trail[2]!.question.id, pathTo('fix-iis-providers').answers.slice(0, 2))],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations on a troubleshooter ${name} with its ticket summary (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await expect(preview(page)).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
}
