import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { answersStepRoute, stepPath, unmatchedStepRoute } from '../../lib/paths';
import { allPaths } from '../../lib/wizard/navigate';
import { escapeMarkdown } from '../../lib/wizard/ticket-summary/markdown';
import { checkAnswersLeadTo } from '../../lib/wizard/url';
import { loadShippedTree } from './wizard-tree';
import { formatAnswersProblem } from '../../lib/wizard/answers-problem';

// A helpdesk agent pastes a link with the first answers into a ticket; the user opens it, maybe in a
// browser that runs no script, and answers the rest. The server renders what the islands would.
const tree = loadShippedTree();
const path = allPaths(tree).find((candidate) => {
  const outcome = tree.nodes.find((node) => node.id === candidate.outcomeId);
  return candidate.answers.length >= 4 && outcome?.type === 'outcome' && outcome.fix !== undefined;
});
if (!path) throw new Error('the shipped tree needs a path of four answers to a fix');
const full = (() => {
  const check = checkAnswersLeadTo(tree, path.outcomeId, path.answers);
  if (!check.ok) throw new Error(formatAnswersProblem(check.reason));
  return check;
})();
const pasted = path.answers.slice(0, 2);
const pastedStep = full.trail[2]!.question;
const pastedLink = stepPath(tree.id, pastedStep.id, pasted);
const outcomeTitle = full.node.type === 'outcome' ? full.node.title : '';

/** What a reader sees of the answers on a step page: heading, progress, summary, the link to copy. */
async function visiblePage(page: Page) {
  const summary = page.getByRole('region', { name: 'Your answers' });
  return {
    heading: await page.getByRole('heading', { level: 1 }).innerText(),
    progress: await page.getByTestId('step-progress').innerText(),
    summary: await summary.getByRole('listitem').allInnerTexts(),
    changeLinks: await summary.getByRole('link', { name: /^Change your answer to: / }).count(),
    navigation: await summary.getByRole('navigation', { name: 'Troubleshooter' }).getByRole('link').allInnerTexts(),
    // The visible field: a streamed page may also hold the islands' copy, hidden until its script swaps it in.
    link: await page.getByTestId('step-url').filter({ visible: true }).inputValue(),
  };
}

/** Opens the pasted link, checks its summary, answers the last two questions by following links. */
async function answerTheRest(page: Page, baseURL: string, javaScript: boolean) {
  const seen: Awaited<ReturnType<typeof visiblePage>>[] = [];
  await page.goto(pastedLink);
  for (let index = 2; index < full.trail.length; index++) {
    const step = full.trail[index]!;
    const given = path!.answers.slice(0, index);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.question.prompt);
    if (javaScript) await expect(page.locator('ul[data-enhanced]')).toBeVisible();
    const summary = page.getByRole('region', { name: 'Your answers' });
    for (const earlier of full.trail.slice(0, index)) {
      await expect(summary.getByText(earlier.question.prompt, { exact: true })).toBeVisible();
      await expect(summary.getByText(earlier.option.label, { exact: true })).toBeVisible();
    }
    await expect(page.getByTestId('step-url')).toHaveValue(`${baseURL}${stepPath(tree.id, step.question.id, given)}`);
    await expect(page.getByTestId('step-progress')).toHaveText(new RegExp(`^Question ${index + 1} of at most \\d+$`));
    seen.push(await visiblePage(page));
    await page.getByRole('link', { name: step.option.label, exact: true }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle);
  const url = new URL(page.url());
  expect(`${url.pathname}${url.search}`).toBe(stepPath(tree.id, path!.outcomeId, path!.answers));
  await expect(page.getByRole('region', { name: 'Your answers' }).getByRole('link', { name: /^Change your answer to: / })).toHaveCount(
    path!.answers.length,
  );
  seen.push(await visiblePage(page));
  return seen;
}

async function withBrowser<T>(browser: Browser, javaScriptEnabled: boolean, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a pasted link with answers shows them, and two more answers reach the outcome with every answer in its URL', async ({ page, baseURL }) => {
    const seen = await answerTheRest(page, baseURL!, false);
    // Back and Restart, as with JavaScript.
    expect(seen[0]!.navigation).toEqual(['Back', 'Restart']);
    // The fix's Copy buttons and the link's need JavaScript: none is offered.
    await expect(page.locator('li.step').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    // A vote goes through the thank-you page, whose way back returns to the outcome with its answers.
    await page.getByRole('region', { name: 'Did this solve your problem?' }).getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    await page.getByRole('link', { name: 'Back to the page you were reading' }).click();
    const back = new URL(page.url());
    expect(`${back.pathname}${back.search}`).toBe(stepPath(tree.id, path!.outcomeId, path!.answers));
    await expect(page.getByRole('region', { name: 'Your answers' }).getByRole('link', { name: /^Change your answer to: / })).toHaveCount(
      path!.answers.length,
    );
  });

  test('a followed link opens the next step at its question: the first Tab reaches what follows its heading', async ({ page }) => {
    await page.goto(pastedLink);
    // A pasted link opens at the top: the first Tab reaches the skip link, which leads to the content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.getByRole('link', { name: full.trail[2]!.option.label, exact: true }).click();
    const next = full.trail[3]!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.question.prompt);
    // The first Tab reaches the first link after the heading (in the question's help, else its first answer),
    // so the user answers with a Tab per link before the answer wanted, and Enter.
    await page.keyboard.press('Tab');
    await expect(page.locator('#step-heading ~ * a[href]').first()).toBeFocused();
    const helpLinks = await page.locator('#step-heading ~ div a[href]').count();
    const position = next.question.options.findIndex((option) => option.id === next.option.id);
    for (let press = 0; press < helpLinks + position; press++) await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: next.option.label, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(full.trail[4]?.question.prompt ?? outcomeTitle);
  });

  test('answers that do not lead to the step get the same notice as with JavaScript', async ({ page }) => {
    const tampered = stepPath(tree.id, pastedStep.id, [pasted[0]!, { ...pasted[1]!, optionId: 'made-up' }]);
    await page.goto(tampered);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pastedStep.prompt);
    const notice = page.getByRole('alert').filter({ hasText: 'answers in this link' });
    await expect(notice).toContainText('Unknown answer “made-up”');
    await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  });
});

test('with JavaScript the same link and the same answers give the same page', async ({ browser, baseURL }) => {
  const withoutScript = await withBrowser(browser, false, (page) => answerTheRest(page, baseURL!, false));
  const withScript = await withBrowser(browser, true, (page) => answerTheRest(page, baseURL!, true));
  expect(withScript).toEqual(withoutScript);
});

test('with JavaScript tampered answers get the notice the server writes without it', async ({ browser }) => {
  const tampered = stepPath(tree.id, pastedStep.id, [pasted[0]!, { ...pasted[1]!, optionId: 'made-up' }]);
  const notices = await Promise.all(
    [false, true].map((javaScriptEnabled) =>
      withBrowser(browser, javaScriptEnabled, async (page) => {
        await page.goto(tampered);
        const notice = page.getByRole('alert').filter({ hasText: 'answers in this link' });
        await expect(notice).toBeVisible();
        if (javaScriptEnabled) await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeVisible();
        return { notice: await notice.innerText(), link: await page.getByTestId('step-url').inputValue() };
      }),
    ),
  );
  expect(notices[1]).toEqual(notices[0]);
});

test('a step link with answers is served from the cache, and the routes behind it have no address of their own', async ({ request, baseURL }) => {
  const response = await request.get(pastedLink);
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  for (const internal of [answersStepRoute(tree.id, pastedStep.id, pasted, baseURL!), unmatchedStepRoute(tree.id, pastedStep.id, baseURL!)]) {
    expect((await request.get(internal)).status(), internal).toBe(404);
  }
});

for (const [name, url] of [
  ['question with answers', pastedLink],
  ['notice', stepPath(tree.id, pastedStep.id, [{ ...pasted[0]!, optionId: 'made-up' }])],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations on a step link's ${name} page (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      // A page rendered per request streams: the server's link panel stays in the document, hidden,
      // until React reveals the islands' one (the one with a Copy button), so wait for the page as
      // the reader sees it once its script has run.
      await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeVisible();
      await expect(page.getByTestId('step-url')).toHaveCount(1);
      await expect(page.getByTestId('step-url')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
}

test('a pasted link renders once: the browser keeps the page the server wrote, and its answers move within the app to the next heading', async ({ page, baseURL }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Records every part of the step the browser takes out of the page: none, once the server has checked the answers.
  await page.addInitScript(() => {
    const replaced: string[] = [];
    (window as { replacedParts?: string[] }).replacedParts = replaced;
    const parts = ['[data-testid="step-progress"]', 'section[aria-labelledby="answers-heading"]', 'ul[aria-label="Answers"]', '[data-testid="step-url"]'];
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.removedNodes)
          if (node instanceof Element) for (const part of parts) if (node.matches(part) || node.querySelector(part)) replaced.push(part);
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(pastedLink);
  await expect(page.locator('ul[data-enhanced]')).toBeVisible();
  // The summary for the ticket needs the tree: once it shows, everything the page loads after its load event is in.
  await expect(page.getByRole('region', { name: 'Summary for the ticket' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link to this step' })).toBeVisible();
  expect(await page.evaluate(() => (window as { replacedParts?: string[] }).replacedParts)).toEqual([]);
  expect(problems).toEqual([]);

  await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true));
  const next = full.trail[3]!;
  await page.getByRole('link', { name: full.trail[2]!.option.label, exact: true }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(next.question.prompt);
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(`${baseURL}${stepPath(tree.id, next.question.id, path!.answers.slice(0, 3))}`);
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // Back returns to the pasted step as the server wrote it, and its links still move within the app.
  await page.goBack();
  await expect(heading).toHaveText(pastedStep.prompt);
  await expect(page.getByTestId('step-progress')).toHaveText(/^Question 3 of at most \d+$/);
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  await expect(heading).toHaveText(full.trail[1]!.question.prompt);
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(problems).toEqual([]);
});

test("a pasted link's page fetches no other step and no tree until the reader reaches a link, and its summary for the ticket is the server's answers", async ({ page, baseURL }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (/\/tree\.json/.test(request.url())) asked.push('tree');
    else if (request.headers()['rsc']) asked.push(`step ${new URL(request.url()).pathname}`);
  });
  await page.goto(pastedLink);
  const preview = page.getByRole('region', { name: 'Summary for the ticket' }).getByTestId('ticket-summary-preview');
  const markdown = escapeMarkdown;
  await expect(preview).toContainText('**Answers so far:**');
  for (const earlier of full.trail.slice(0, 2)) {
    await expect(preview).toContainText(markdown(earlier.question.prompt));
    await expect(preview).toContainText(markdown(earlier.option.label));
  }
  await expect(preview).toContainText(`**Stopped at the question:** ${markdown(pastedStep.prompt)}`);
  await expect(preview).toContainText(`${baseURL}${pastedLink}`);
  // The summary shows after the load event, later than the page used to ask for the tree (its summary waited
  // for it) and for the answers' steps (prefetched as it hydrated): by now either would have been asked for.
  expect(asked).toEqual([]);

  // Reaching an answer fetches its step and the tree the next step's islands read; the move then shows all three answers.
  const answer = page.getByRole('link', { name: full.trail[2]!.option.label, exact: true });
  await answer.hover();
  await expect.poll(() => asked.includes('tree') && asked.some((entry) => entry.startsWith('step '))).toBe(true);
  await answer.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(full.trail[3]!.question.prompt);
  await expect(page.getByTestId('step-progress')).toHaveText(/^Question 4 of at most \d+$/);
  await expect(preview).toContainText(markdown(full.trail[2]!.option.label));
  await expect(preview).toContainText(`**Stopped at the question:** ${markdown(full.trail[3]!.question.prompt)}`);
});
