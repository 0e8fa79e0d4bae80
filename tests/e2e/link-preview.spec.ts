import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { splitArticleSource } from '../../lib/content/frontmatter';
import { shortestPath } from '../../lib/wizard/navigate';
import { contentRoot } from './article-declarations';
import { loadShippedTree } from './wizard-tree';

/**
 * What a link previewer sees: the first response's <head>, read without running any script, as
 * Slack, Teams, Jira and Zendesk read it. The server is built with FIXPATH_PUBLIC_URL set to its
 * own origin (playwright.config.ts), so the previews carry absolute URLs on it.
 */
const UNFURLERS = {
  Slack: 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  Teams: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0 MicrosoftPreview/2.0 +https://aka.ms/MicrosoftPreview',
  'Teams (Skype)': 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com',
};
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const tree = loadShippedTree();

interface Preview {
  title: string | null;
  description: string | null;
  url: string | null;
  siteName: string | null;
  type: string | null;
  card: string | null;
  canonical: string | null;
}

/**
 * Fetches `url` as `userAgent` (no browser: no script runs) and reads the preview tags from the
 * head of the HTML it gets, parsed by the browser's DOMParser, which runs nothing either.
 */
async function previewOf(request: APIRequestContext, parser: Page, url: string, userAgent: string): Promise<Preview> {
  const response = await request.get(url, { headers: { 'user-agent': userAgent }, maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  const html = await response.text();
  // Only what comes before </head>: tags a streamed render adds later in the body do not count.
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head.length, `${url} has a </head>`).toBeGreaterThan(0);
  return parser.evaluate((headHtml) => {
    const doc = new DOMParser().parseFromString(`${headHtml}</head><body></body></html>`, 'text/html');
    const meta = (key: string) =>
      doc.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
    return {
      title: meta('og:title'),
      description: meta('og:description'),
      url: meta('og:url'),
      siteName: meta('og:site_name'),
      type: meta('og:type'),
      card: meta('twitter:card'),
      canonical: doc.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    };
  }, head);
}

const question = tree.nodes.find((node) => node.id === tree.start);
// An outcome past the steps the e2e build renders ahead, so it renders on its first request.
const outcome = tree.nodes.find((node) => node.id === 'fix-iis-providers');
const articleSlug = tree.article ?? '';
const article = splitArticleSource(
  readFileSync(path.join(contentRoot, 'articles', `${articleSlug}.mdx`), 'utf8'),
  `${articleSlug}.mdx`,
);

for (const [client, userAgent] of Object.entries(UNFURLERS)) {
  test(`${client} finds a question's preview in the head of the first response`, async ({ request, page, baseURL }) => {
    expect(question?.type).toBe('question');
    if (question?.type !== 'question') return;
    const preview = await previewOf(request, page, `/wizard/${tree.id}/${question.id}`, userAgent);
    expect(preview).toEqual({
      title: question.prompt,
      description: expect.stringContaining(tree.summary.slice(0, 40)),
      url: `${baseURL}/wizard/${tree.id}/${question.id}`,
      siteName: 'Fixpath',
      type: 'website',
      card: 'summary',
      canonical: `${baseURL}/wizard/${tree.id}/${question.id}`,
    });
  });
}

test('an outcome rendered first for a browser gives an unfurler the same preview in its head', async ({ request, page, baseURL }) => {
  expect(outcome?.type).toBe('outcome');
  if (outcome?.type !== 'outcome') return;
  // The pasted link carries the answers; the page is the same cached page for every client.
  const answers = shortestPath(tree, outcome.id) ?? [];
  const link = `/wizard/${tree.id}/${outcome.id}?answers=${answers.map((given) => `${given.questionId}:${given.optionId}`).join(',')}`;
  const forBrowser = await previewOf(request, page, link, BROWSER);
  for (const userAgent of Object.values(UNFURLERS)) {
    const preview = await previewOf(request, page, link, userAgent);
    expect(preview).toEqual(forBrowser);
    expect(preview.title).toBe(outcome.title);
    // The pasted link's answers describe it, and its og:url is the link as pasted.
    expect(preview.description).toMatch(/^Answers so far: /);
    expect(preview.url).toBe(`${baseURL}${link}`);
    expect(preview.card).toBe('summary');
  }
});

test('an article unfurls with its title, summary and absolute URL', async ({ request, page, baseURL }) => {
  expect(article.ok).toBe(true);
  if (!article.ok) return;
  const preview = await previewOf(request, page, `/articles/${articleSlug}`, UNFURLERS.Slack);
  expect(preview).toEqual({
    title: article.frontmatter.title,
    description: article.frontmatter.summary.replace(/\s+/g, ' ').trim(),
    url: `${baseURL}/articles/${articleSlug}`,
    siteName: 'Fixpath',
    type: 'article',
    card: 'summary',
    canonical: `${baseURL}/articles/${articleSlug}`,
  });
});

test('a link whose answer was retired unfurls the question it is sent back to', async ({ request, page, baseURL }) => {
  const [questionId] = Object.keys(tree.retiredOptions ?? {});
  const asked = tree.nodes.find((node) => node.id === questionId);
  expect(asked?.type).toBe('question');
  if (asked?.type !== 'question') return;
  // The notice page renders per request, so the unfurler gets a render of its own: Teams'
  // MicrosoftPreview is not on Next's own list of clients that get the metadata in the head.
  const preview = await previewOf(request, page, `/wizard/${tree.id}/${asked.id}?changed=${asked.id}`, UNFURLERS.Teams);
  expect(preview.title).toBe(asked.prompt);
  expect(preview.url).toBe(`${baseURL}/wizard/${tree.id}/${asked.id}`);
  expect(preview.card).toBe('summary');
});
