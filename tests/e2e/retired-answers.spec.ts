import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseAnswersParam } from '../../lib/paths';
import { loadShippedTree } from './wizard-tree';

// Written against windows-auth-login version 3, whose first question retired `only-ie-or-edge`
// (issue 22): a link pasted into a ticket before that change must open at the first question again,
// keep nothing it cannot vouch for, and say which later answers it dropped.
const tree = loadShippedTree();
const publishedLink =
  '/wizard/windows-auth-login/fix-iis-providers?answers=which-browsers-fail:only-ie-or-edge,' +
  'can-reach-domain-controller:off-domain,how-many-affected:many,can-change-server:can-change';
const dropped = parseAnswersParam('can-reach-domain-controller:off-domain,how-many-affected:many,can-change-server:can-change').answers;

/** How the notice names a dropped answer: the question and answer as the user saw them, or the ids. */
function droppedText(questionId: string, optionId: string): string {
  const question = tree.nodes.find((node) => node.id === questionId);
  const option = question?.type === 'question' ? question.options.find((candidate) => candidate.id === optionId) : undefined;
  return question?.type === 'question' && option ? `${question.prompt}: ${option.label}` : `${question?.type === 'question' ? question.prompt : questionId}: ${optionId}`;
}

function prompt(id: string): string {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  return node?.type === 'question' ? node.prompt : id;
}

async function expectNotice(page: Page) {
  await expect(page).toHaveURL((url) => url.pathname === `/wizard/${tree.id}/${tree.start}` && url.searchParams.get('changed') === 'which-browsers-fail');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(prompt(tree.start));
  const notice = page.getByRole('region', { name: 'This question changed since the link was made' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(prompt('which-browsers-fail'));
  const items = notice.getByRole('listitem');
  await expect(items).toHaveText(dropped.map((given) => droppedText(given.questionId, given.optionId)));
}

test('a published link with a retired answer answers 307 to the question that changed, naming the dropped answers', async ({ request }) => {
  const response = await request.get(publishedLink, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const location = new URL(response.headers().location ?? '', 'http://fixpath.test');
  expect(location.pathname).toBe(`/wizard/${tree.id}/which-browsers-fail`);
  expect(location.searchParams.get('answers')).toBeNull();
  expect(location.searchParams.get('changed')).toBe('which-browsers-fail');
  expect(parseAnswersParam(location.searchParams.get('dropped')).answers).toEqual(dropped);
});

test('the question opens with the notice, axe-clean, and the user picks again', async ({ page }) => {
  await page.goto(publishedLink);
  await expectNotice(page);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  // Picking an answer moves on without the notice, with focus on the new step's heading as always.
  const start = tree.nodes.find((node) => node.id === tree.start);
  const first = start?.type === 'question' ? start.options[0] : undefined;
  if (!first) throw new Error('the first question has no options');
  await expect(page.locator('ul[data-enhanced]')).toBeVisible();
  await page.getByRole('link', { name: first.label, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/wizard/${tree.id}/${first.next}` && !url.searchParams.has('changed'));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('region', { name: 'This question changed since the link was made' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // axe-core runs as a script in the page, so it is run in the test with JavaScript above: the
  // notice is the same server-rendered HTML either way.
  test('the link still lands on the question with the notice', async ({ page }) => {
    await page.goto(publishedLink);
    await expectNotice(page);
  });
});

test('an ordinary step link shows no notice', async ({ page }) => {
  await page.goto(`/wizard/${tree.id}/${tree.start}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(prompt(tree.start));
  await expect(page.getByRole('region', { name: 'This question changed since the link was made' })).toHaveCount(0);
});
