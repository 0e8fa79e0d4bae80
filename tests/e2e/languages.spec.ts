import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { articleTranslationFrontmatterSchema, treeTranslationSchema } from '../../lib/i18n/translation-schema';
import { translateTree } from '../../lib/i18n/tree-translation';
import { de } from '../../lib/i18n/messages/de';
import { splitMdxSource } from '../../lib/content/frontmatter';
import { articlePath, localizePath, stepPath } from '../../lib/paths';
import { allPaths } from '../../lib/wizard/navigate';
import { checkAnswersLeadTo } from '../../lib/wizard/url';
import { STALE_ARTICLE, UNTRANSLATED_ARTICLE } from './translation-states';
import { loadShippedTree } from './wizard-tree';
import { formatAnswersProblem } from '../../lib/wizard/answers-problem';

// The same step link in every language: the slug, the step's id and the answers stay, only the
// language prefix changes. The German words are read from the shipped translations.
const tree = loadShippedTree();
const germanTree = translateTree(tree, treeTranslationSchema.parse(parse(readFileSync('content/wizards/windows-auth-login.de.yaml', 'utf8'), { schema: 'failsafe' })));
const germanTitle = (slug: string) => {
  const file = `content/articles/${slug}.de.mdx`;
  const split = splitMdxSource(readFileSync(file, 'utf8'), file, articleTranslationFrontmatterSchema, undefined, 'failsafe');
  if (!split.ok) throw new Error(`${file} does not parse`);
  return split.frontmatter.title;
};
const englishTitle = (slug: string) => /^title: (.*)$/m.exec(readFileSync(`content/articles/${slug}.mdx`, 'utf8'))![1]!.trim();

const ARTICLE = 'kerberos-clock-skew';
const STEP_ID = /<Step id="([^"]+)"/.exec(readFileSync(`content/articles/${ARTICLE}.mdx`, 'utf8'))![1]!;
const fixPath = allPaths(tree).find((candidate) => candidate.answers.length >= 3)!;
const checked = checkAnswersLeadTo(tree, fixPath.outcomeId, fixPath.answers);
if (!checked.ok) throw new Error(formatAnswersProblem(checked.reason));
const midStep = checked.trail[2]!.question;
const midAnswers = fixPath.answers.slice(0, 2);
const germanNode = (id: string) => germanTree.nodes.find((node) => node.id === id)!;
const germanHeading = (id: string) => {
  const node = germanNode(id);
  return node.type === 'question' ? node.prompt : node.title;
};

const switcher = (page: Page) => page.getByRole('navigation', { name: /^(Language|Sprache)$/ });

test('switching the language on an article step lands on the same step, and back', async ({ page }) => {
  await page.goto(`${articlePath(ARTICLE)}#${STEP_ID}`);
  await switcher(page).getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(`${localizePath('de', articlePath(ARTICLE))}#${STEP_ID}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(germanTitle(ARTICLE));
  await expect(page.locator(`[id="${STEP_ID}"]`)).toBeVisible();
  await switcher(page).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${articlePath(ARTICLE)}#${STEP_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle(ARTICLE));
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('switching the language on a troubleshooter step keeps the step and its answers', async ({ page }) => {
      const link = stepPath(tree.id, midStep.id, midAnswers);
      await page.goto(link);
      await switcher(page).getByRole('link', { name: 'Deutsch' }).click();
      await expect(page).toHaveURL(new RegExp(`${escape(localizePath('de', link))}(#.*)?$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(germanHeading(midStep.id));
      const summary = page.getByRole('list').filter({ has: page.locator('[aria-current="step"]') });
      for (const answer of midAnswers) {
        const question = germanNode(answer.questionId);
        if (question.type !== 'question') throw new Error('an answer names a question');
        await expect(summary.getByText(question.options.find((option) => option.id === answer.optionId)!.label, { exact: true })).toBeVisible();
      }
    });

    test('the troubleshooter can be completed in German', async ({ page }) => {
      await page.goto(localizePath('de', stepPath(tree.id, tree.start)));
      for (const [index, answer] of fixPath.answers.entries()) {
        const question = germanNode(answer.questionId);
        if (question.type !== 'question') throw new Error('an answer names a question');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.prompt);
        await page.getByRole('link', { name: question.options.find((option) => option.id === answer.optionId)!.label, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`^[^#]*/de/wizard/${tree.id}/[^?#]+\\?answers=([^#]*,){${index}}[^,#]+(#.*)?$`));
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(germanHeading(fixPath.outcomeId));
      await expect(page).toHaveURL(new RegExp(`/de${escape(stepPath(tree.id, fixPath.outcomeId, fixPath.answers))}(#.*)?$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    });
  });
}

test('an article without a German translation shows the English one under the German interface, and says so', async ({ page }) => {
  await page.goto(localizePath('de', articlePath(UNTRANSLATED_ARTICLE)));
  const notice = page.getByRole('region', { name: de.TranslationNotice.missingTitle });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: de.TranslationNotice.readSource })).toHaveAttribute('href', articlePath(UNTRANSLATED_ARTICLE));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle(UNTRANSLATED_ARTICLE));
  // Its own words are marked English (title, table of contents); the German labels around them are not.
  const langOf = (element: Locator) => element.evaluate((node) => node.closest('[lang]')?.getAttribute('lang'));
  expect(await langOf(page.getByRole('heading', { level: 1 }))).toBe('en');
  const contents = page.getByRole('navigation', { name: de.Article.onThisPage });
  expect(await langOf(contents.getByRole('heading', { name: de.Article.onThisPage }))).toBe('de');
  const sections = contents.getByRole('link');
  expect(await sections.count()).toBeGreaterThan(0);
  for (const section of await sections.all()) expect(await langOf(section)).toBe('en');
  expect(await langOf(page.getByText(de.ArticleMeta.appliesTo, { exact: true }))).toBe('de');
  // Its canonical is the English page, and it claims no German alternate.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${escape(articlePath(UNTRANSLATED_ARTICLE))}$`));
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveCount(0);
});

test('a translation of an older English text says it may be out of date, with the way to the English', async ({ page }) => {
  await page.goto(localizePath('de', articlePath(STALE_ARTICLE)));
  const notice = page.getByRole('region', { name: de.TranslationNotice.staleTitle });
  await expect(notice).toBeVisible();
  await notice.getByRole('link', { name: de.TranslationNotice.readSource }).click();
  await expect(page).toHaveURL(articlePath(STALE_ARTICLE));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('words a component writes around names are German on a German page: the browsers a procedure is for, what IIS commands do', async ({ page }) => {
  await page.goto(localizePath('de', articlePath('windows-auth-fails-in-ie-edge')));
  const main = page.getByRole('main');
  await expect(main).toContainText('Für: Internet Explorer 11 und Microsoft Edge im IE-Modus');
  // The site name stays as the author wrote it; the sentence around it is German.
  await expect(main).toContainText(/Setzt NTLM in den Anbietern der Windows-Authentifizierung der IIS-Site „[^“]+“/);
  await expect(main).toContainText('Jede andere IIS-Änderung, die seitdem vorgenommen wurde, wird dabei ebenfalls rückgängig gemacht.');
  for (const english of ['Microsoft Edge in IE mode', 'Puts NTLM above', 'Restores the whole IIS configuration']) await expect(main).not.toContainText(english);
});

test('a translated page names both languages as alternates, and its own as canonical', async ({ page, baseURL }) => {
  await page.goto(localizePath('de', articlePath(ARTICLE)));
  await expect(page.getByRole('region', { name: de.TranslationNotice.missingTitle })).toHaveCount(0);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/de${articlePath(ARTICLE)}`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${baseURL}${articlePath(ARTICLE)}`);
  await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute('href', `${baseURL}/de${articlePath(ARTICLE)}`);
  // Its "edit this page" opens the translation, not the English file.
  await expect(page.locator(`a[href$="/content/articles/${ARTICLE}.de.mdx"]`)).toHaveCount(1);
});

test('/en/… is never a second address of an English page', async ({ request }) => {
  const response = await request.get(`/en${articlePath(ARTICLE)}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toMatch(new RegExp(`${escape(articlePath(ARTICLE))}$`));
});

/** The step titles of one procedure of an article file, in order. */
const procedureStepTitles = (file: string, procedure: string) => {
  const text = readFileSync(file, 'utf8');
  const block = text.slice(text.indexOf(`<Steps id="${procedure}"`));
  return [...block.slice(0, block.indexOf('</Steps>')).matchAll(/<Step id="[^"]+" title="([^"]+)"/g)].map((match) => match[1]!);
};
/** The German link to the first outcome whose fix is in `slug`, and that fix. */
const outcomeFixedIn = (slug: string) => {
  const found = allPaths(tree).find((candidate) => {
    const node = tree.nodes.find((each) => each.id === candidate.outcomeId);
    return node?.type === 'outcome' && node.fix?.article === slug;
  });
  const node = tree.nodes.find((each) => each.id === found?.outcomeId);
  if (!found || node?.type !== 'outcome' || !node.fix) throw new Error(`no outcome's fix is in ${slug}`);
  return { href: localizePath('de', stepPath(tree.id, found.outcomeId, found.answers)), fix: node.fix };
};
const ticketPreview = (page: Page) => page.getByRole('region', { name: de.TicketPanel.heading }).getByTestId('ticket-summary-preview');

test('at an outcome in German, the summary for the ticket has the German steps of the translated article, in German words', async ({ page }) => {
  const { href, fix } = outcomeFixedIn('firefox-integrated-authentication');
  await page.goto(href);
  const preview = ticketPreview(page);
  const titles = procedureStepTitles(`content/articles/${fix.article}.de.mdx`, fix.procedure);
  expect(titles.length).toBeGreaterThan(2);
  for (const title of titles) await expect(preview).toContainText(title);
  await expect(preview).toContainText(`**${de.TicketSummary.fix}:`);
  await expect(preview).toContainText(`/de/articles/${fix.article}#`);
  for (const english of procedureStepTitles(`content/articles/${fix.article}.mdx`, fix.procedure)) await expect(preview).not.toContainText(english);
  await expect(preview.locator('[lang]')).toHaveCount(0);
});

test('at an outcome in German whose article is not translated, the ticket’s steps are the English ones, marked English, and it says why', async ({ page }) => {
  const { href, fix } = outcomeFixedIn(UNTRANSLATED_ARTICLE);
  await page.goto(href);
  const preview = ticketPreview(page);
  await expect(preview).toContainText(de.TicketSummary.stepsInEnglishMissing);
  const english = preview.locator('[lang="en"]');
  for (const title of procedureStepTitles(`content/articles/${fix.article}.mdx`, fix.procedure)) {
    await expect(english.filter({ hasText: title })).not.toHaveCount(0);
  }
  // The labels around them are the summary's own German.
  await expect(preview).toContainText(`**${de.TicketSummary.troubleshooter}:**`);
});

test('at an outcome in German whose article’s translation is stale, the German fix says it may be out of date, with the way to the English steps', async ({ page }) => {
  const { href, fix } = outcomeFixedIn(STALE_ARTICLE);
  await page.goto(href);
  const fixSection = page.locator('section[aria-labelledby="fix-heading"]');
  const notice = fixSection.getByRole('region', { name: de.TranslationNotice.staleTitle });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading', { level: 3 })).toHaveText(de.TranslationNotice.staleTitle);
  // Its German steps are still shown, under the notice.
  for (const title of procedureStepTitles(`content/articles/${fix.article}.de.mdx`, fix.procedure)) await expect(fixSection).toContainText(title);
  await notice.getByRole('link', { name: de.TranslationNotice.readSource }).click();
  await expect(page).toHaveURL(articlePath(fix.article, fix.procedure));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a German step link whose answers lead elsewhere says why in German', async ({ page }) => {
  const first = fixPath.answers[0]!;
  const notice = page.getByRole('alert').filter({ hasText: de.Wizard.invalidHeading });
  // Answers that lead past this step.
  await page.goto(localizePath('de', stepPath(tree.id, midStep.id, fixPath.answers.slice(0, 1))));
  await expect(notice).toContainText(`${de.AnswersProblem.leadElsewhere}.`);
  // An answer the question does not have, named as the link spells it.
  await page.goto(localizePath('de', stepPath(tree.id, tree.start, [{ questionId: first.questionId, optionId: 'made-up' }])));
  await expect(notice).toContainText(`Unbekannte Antwort „made-up“ auf die Frage „${first.questionId}“.`);
  await expect(notice).not.toContainText('Unknown answer');
});

for (const [name, url] of [
  ['an article', localizePath('de', articlePath(ARTICLE))],
  ['an untranslated article', localizePath('de', articlePath(UNTRANSLATED_ARTICLE))],
  ['a troubleshooter step with answers', localizePath('de', stepPath(tree.id, midStep.id, midAnswers))],
  ['an outcome whose ticket has English steps', outcomeFixedIn(UNTRANSLATED_ARTICLE).href],
  ['an outcome whose fix’s translation is stale', outcomeFixedIn(STALE_ARTICLE).href],
  ['a step link whose answers lead elsewhere', localizePath('de', stepPath(tree.id, midStep.id, fixPath.answers.slice(0, 1)))],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe-core finds no violations on ${name} in German (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (url.includes('answers=')) await expect(page.getByTestId('step-url')).toHaveCount(1);
      if (name.includes('ticket')) await expect(ticketPreview(page).locator('[lang="en"]').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('a browser that prefers German', () => {
  test.use({ locale: 'de-DE' });

  test('is offered the German site on the home page, in German, until it says no; a deep link is left alone', async ({ page }) => {
    await page.goto('/');
    const offer = page.getByRole('complementary', { name: de.LanguageSuggestion.offer });
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('link', { name: de.LanguageSuggestion.go })).toHaveAttribute('href', '/de');
    await offer.getByRole('button', { name: de.LanguageSuggestion.dismiss }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(offer).toHaveCount(0);

    const response = await page.goto(articlePath(ARTICLE));
    expect(response?.url()).toMatch(new RegExp(`${escape(articlePath(ARTICLE))}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('a browser that prefers English is offered nothing on the English home page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: de.LanguageSuggestion.offer })).toHaveCount(0);
});
