import { readFileSync } from 'node:fs';
import { HTML_LIMITED_BOT_UA_RE } from 'next/dist/shared/lib/router/utils/html-bots.js';
import { describe, expect, it } from 'vitest';
import { htmlLimitedBots } from '@/lib/html-limited-bots.mjs';
import { articlePreview, clip, PREVIEW_ANSWER_MAX, PREVIEW_DESCRIPTION_MAX, shortAnswer, stepPreview, treePreview } from '@/lib/link-preview';
import { replayAnswers, shortestPath } from '@/lib/wizard/navigate';
import { parseWizardYaml } from '@/lib/wizard/parse';
import type { WizardTree } from '@/lib/wizard/schema';

const file = 'content/wizards/windows-auth-login.yaml';
const parsed = parseWizardYaml(readFileSync(file, 'utf8'), file);
if (!parsed.ok) throw new Error(`${file} does not parse`);
const tree: WizardTree = parsed.tree;
const site = { siteName: 'Fixpath', publicUrl: 'https://support.example.com' };
const noOrigin = { siteName: 'Fixpath', publicUrl: undefined };

function nodeOf(id: string) {
  const node = tree.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

describe('a step link preview', () => {
  it('names the question and describes the troubleshooter when the answers are not known', () => {
    const start = nodeOf(tree.start);
    const preview = stepPreview({ tree, node: start, ...site });
    expect(preview.openGraph).toEqual({
      type: 'website',
      title: start.type === 'question' ? start.prompt : '',
      description: clip(tree.summary, PREVIEW_DESCRIPTION_MAX),
      siteName: 'Fixpath',
      url: `https://support.example.com/wizard/${tree.id}/${tree.start}`,
    });
    expect(preview.twitter).toEqual({ card: 'summary', title: preview.openGraph?.title, description: preview.description });
    expect(preview.alternates?.canonical).toBe(`https://support.example.com/wizard/${tree.id}/${tree.start}`);
  });

  it("names an outcome by its title and describes it by its summary", () => {
    const outcome = nodeOf('fix-iis-providers');
    if (outcome.type !== 'outcome') throw new Error('fix-iis-providers is an outcome');
    const preview = stepPreview({ tree, node: outcome, ...site });
    expect(preview.openGraph).toMatchObject({ title: outcome.title, description: clip(outcome.summary, PREVIEW_DESCRIPTION_MAX) });
  });

  it('lists the answers that lead to an outcome, in short, and links to the step with those answers', () => {
    const answers = shortestPath(tree, 'fix-iis-providers') ?? [];
    const replay = replayAnswers(tree, answers);
    if (!replay.ok) throw new Error('the shortest path replays');
    const preview = stepPreview({ tree, node: replay.node, trail: replay.trail, ...site });
    const description = String(preview.description);
    expect(description.startsWith('Answers so far: ')).toBe(true);
    for (const step of replay.trail) expect(description).toContain(shortAnswer(step.option.label));
    expect(description.length).toBeLessThanOrEqual(PREVIEW_DESCRIPTION_MAX);
    const query = answers.map((given) => `${given.questionId}:${given.optionId}`).join(',');
    expect(preview.openGraph?.url).toBe(`https://support.example.com/wizard/${tree.id}/fix-iis-providers?answers=${query}`);
    // Search engines list the step once, whatever answers a link carried.
    expect(preview.alternates?.canonical).toBe(`https://support.example.com/wizard/${tree.id}/fix-iis-providers`);
  });

  it('claims no URL when the public origin is not configured', () => {
    const preview = stepPreview({ tree, node: nodeOf(tree.start), ...noOrigin });
    expect(preview.openGraph).not.toHaveProperty('url');
    expect(preview).not.toHaveProperty('alternates');
    expect(preview.openGraph?.title).toBeTruthy();
    expect(preview.twitter).toMatchObject({ card: 'summary' });
  });
});

describe('an article and a troubleshooter preview', () => {
  const article = { slug: 'kerberos-clock-skew', title: 'Kerberos fails when the clock is off', summary: 'Why five minutes matter.' };

  it('describes an article by its summary, as an article, at its absolute address', () => {
    expect(articlePreview({ article, ...site })).toEqual({
      description: article.summary,
      alternates: { canonical: 'https://support.example.com/articles/kerberos-clock-skew' },
      openGraph: {
        type: 'article',
        title: article.title,
        description: article.summary,
        siteName: 'Fixpath',
        url: 'https://support.example.com/articles/kerberos-clock-skew',
      },
      twitter: { card: 'summary', title: article.title, description: article.summary },
    });
    expect(articlePreview({ article, ...noOrigin }).openGraph).not.toHaveProperty('url');
  });

  it("describes a troubleshooter's start page by its title and summary", () => {
    expect(treePreview({ tree, ...site }).openGraph).toMatchObject({
      title: tree.title,
      url: `https://support.example.com/wizard/${tree.id}`,
    });
  });
});

describe('answers and descriptions cut short', () => {
  it('keeps an answer without its aside and full stop, and its second sentence after a bare "Yes."', () => {
    expect(shortAnswer('Google Chrome.')).toBe('Google Chrome');
    expect(
      shortAnswer(
        'Internet Explorer 11, or Microsoft Edge showing the site in IE mode (an Internet Explorer logo at the left of the address bar).',
      ),
    ).toBe('Internet Explorer 11, or Microsoft Edge showing the site in IE mode');
    expect(shortAnswer('Yes. Chrome signs in; only Edge fails.')).toBe('Yes. Chrome signs in; only Edge fails');
  });

  it('cuts at a word and says so with an ellipsis', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('short', 12)).toBe('short');
    const long = shortAnswer(`It asks ${'again and '.repeat(20)}again.`);
    expect(long.length).toBeLessThanOrEqual(PREVIEW_ANSWER_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('clients given the metadata in the head', () => {
  it.each([
    ['Slack', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
    ['Teams', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0 MicrosoftPreview/2.0 +https://aka.ms/MicrosoftPreview'],
    ['Skype and older Teams', 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com'],
    ['Telegram', 'TelegramBot (like TwitterBot)'],
    ['WhatsApp', 'WhatsApp/2.23.20.0 A'],
    ['Facebook', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
    ['LinkedIn', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)'],
    ['Discord', 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)'],
    ['Google', 'Mozilla/5.0 (compatible; Google-InspectionTool/1.0)'],
  ])('include %s', (_client, userAgent) => {
    expect(htmlLimitedBots.test(userAgent)).toBe(true);
  });

  it('leave ordinary browsers their streamed render', () => {
    expect(htmlLimitedBots.test('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe(false);
    expect(htmlLimitedBots.test('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe(false);
  });

  it("keep every client of Next's own list, which the setting replaces", () => {
    expect(htmlLimitedBots.source.startsWith(`${HTML_LIMITED_BOT_UA_RE.source}|`)).toBe(true);
  });
});
