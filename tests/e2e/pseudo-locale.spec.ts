import { expect, test, type Page } from '@playwright/test';
import { PSEUDO_LANGUAGE } from '../../lib/i18n/pseudo';
import { ALL_ARTICLES_PATH, DIAGNOSE_PATH, HOME_PATH, articlePath, localizePath, searchPath, stepPath, treeMapPath } from '../../lib/paths';
import type { WizardAnswer } from '../../lib/wizard/session';
import { loadShippedTree } from './wizard-tree';

/**
 * The pseudo-language (built in by playwright.config.ts): every interface string from the
 * catalogue is accented and bracketed ⟦…⟧, so a visible text with plain ASCII words that is neither
 * the content's English (marked lang="en"), nor code, nor marked translate="no", did not come from
 * the catalogue: it would stay English in every translation. And its words run 30 % longer, so a
 * layout that cannot take longer words overflows a phone's width.
 */

/** The site's name (lib/site-config.ts, server-only): a name, the same in every language. */
const siteName = 'Fixpath';
const tree = loadShippedTree();
/** An article with commands, registry values and steps: the words around them are the catalogue's. */
const ARTICLE = 'kerberos-clock-skew';

/** The first answers from the start to an outcome with a fix: a step with answers and an outcome. */
function pathToOutcome(): { question: { id: string; answers: WizardAnswer[] }; outcome: { id: string; answers: WizardAnswer[] } } {
  const nodes = new Map(tree.nodes.map((node) => [node.id, node]));
  const walk = (id: string, answers: WizardAnswer[], seen: Set<string>): { id: string; answers: WizardAnswer[] }[] | undefined => {
    const node = nodes.get(id);
    if (!node || seen.has(id)) return undefined;
    if (node.type === 'outcome') return node.fix ? [{ id, answers }] : undefined;
    for (const option of node.options) {
      const rest = walk(option.next, [...answers, { questionId: id, optionId: option.id }], new Set([...seen, id]));
      if (rest) return [{ id, answers }, ...rest];
    }
    return undefined;
  };
  const steps = walk(tree.start, [], new Set());
  if (!steps || steps.length < 3) throw new Error(`${tree.id}: no outcome with a fix two questions deep`);
  return { question: steps[1]!, outcome: steps[steps.length - 1]! };
}

const { question, outcome } = pathToOutcome();
const local = (path: string) => localizePath(PSEUDO_LANGUAGE, path);

const PAGES: { name: string; path: string; status?: number }[] = [
  { name: 'home', path: local(HOME_PATH) },
  { name: 'article', path: local(articlePath(ARTICLE)) },
  // The components that write words around names: procedures for some browsers, IIS commands, HTTP exchanges, registry values.
  { name: 'article with every component', path: local(articlePath('windows-auth-fails-in-ie-edge')) },
  { name: 'step with answers', path: local(stepPath(tree.id, question.id, question.answers)) },
  { name: 'outcome', path: local(stepPath(tree.id, outcome.id, outcome.answers)) },
  { name: 'search results', path: local(searchPath('kerberos')) },
  { name: 'diagnose', path: local(DIAGNOSE_PATH) },
  { name: '404 page', path: local('/no-such-page-here'), status: 404 },
  { name: 'troubleshooter map', path: local(treeMapPath(tree.id)) },
  { name: 'all articles', path: local(ALL_ARTICLES_PATH) },
];

/** Visible texts with ASCII words but no pseudo marker, outside what is exempt: English that no catalogue gave. */
async function untranslatedTexts(page: Page, exempt: string): Promise<string[]> {
  return page.evaluate(
    ({ exempt: name }) => {
      const EXEMPT = '[lang="en"], code, pre, kbd, samp, [translate="no"], script, style, noscript, template';
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!parent || !text || parent.closest(EXEMPT)) continue;
        // Hidden text (a closed <details>, display:none) is checked when shown; sr-only text is read aloud, so it counts.
        if (!parent.checkVisibility() && !parent.closest('.sr-only')) continue;
        const words = text.replaceAll(name, '');
        if (!/[A-Za-z]{2,}/.test(words)) continue;
        // A pseudo message: accented letters or its ⟦ ⟧; words of argument values sit beside them.
        if (/[⟦⟧·]|[\u00C0-\u024F\u1E00-\u1EFF]/.test(text)) continue;
        found.push(text);
      }
      return [...new Set(found)];
    },
    { exempt },
  );
}

/** Elements whose content is wider than they are, at the page's width. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    ['body', 'main']
      .map((selector) => document.querySelector(selector))
      .filter((element): element is Element => element !== null && element.scrollWidth > element.clientWidth)
      .map((element) => `${element.tagName.toLowerCase()}: ${element.scrollWidth}px content in ${element.clientWidth}px`),
  );
}

test.describe('the pseudo-language', () => {
  for (const { name, path, status } of PAGES) {
    test(`${name} (${path}) shows no interface text outside the catalogue`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), `${name}: ${path}`).toBe(status ?? 200);
      await expect(page.locator('html')).toHaveAttribute('lang', PSEUDO_LANGUAGE);
      expect(await untranslatedTexts(page, siteName), `${name} (${path}): texts not from the catalogue`).toEqual([]);
    });

    test(`${name} (${path}) does not overflow at 390 px with longer words`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      expect(await overflowing(page), `${name} (${path})`).toEqual([]);
    });
  }

  test('is offered nowhere: not in the language menu, the sitemap or hreflang', async ({ page, request }) => {
    await page.goto(HOME_PATH);
    expect(await page.locator(`[hreflang="${PSEUDO_LANGUAGE}"], a[href^="/${PSEUDO_LANGUAGE}/"], [lang="${PSEUDO_LANGUAGE}"]`).count()).toBe(0);
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).not.toContain(PSEUDO_LANGUAGE);
  });
});
