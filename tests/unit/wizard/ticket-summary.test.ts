import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Code, List, Link } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFixProcedure } from '@/lib/content/articles.server';
import { getWizard } from '@/lib/content/wizards.server';
import { articlePath, stepPath } from '@/lib/paths';
import { toClientTree } from '@/lib/wizard/client-tree';
import type { FixProcedure, FixStepDetail } from '@/lib/wizard/fix-procedure';
import { allPaths } from '@/lib/wizard/navigate';
import type { WizardTree } from '@/lib/wizard/schema';
import { parseTicketFormat, TICKET_FORMATS, writeTicketSummary } from '@/lib/wizard/ticket-summary/formats';
import { escapeJira, ticketSummaryJira } from '@/lib/wizard/ticket-summary/jira';
import { escapeMarkdown, inlineCode, ticketSummaryMarkdown } from '@/lib/wizard/ticket-summary/markdown';
import { ticketSummaryOf, type TicketSummary } from '@/lib/wizard/ticket-summary/model';
import { ticketSummaryPlainText } from '@/lib/wizard/ticket-summary/plain-text';
import { checkAnswersLeadTo } from '@/lib/wizard/url';
import { formatAnswersProblem } from '@/lib/wizard/answers-problem';

const ORIGIN = 'https://fixpath.example';

/** Every path of the shipped tree to an outcome, with the summary the step page would build there. */
interface Session {
  outcomeId: string;
  summary: TicketSummary;
  procedure?: FixProcedure;
}

let tree: WizardTree;
let sessions: Session[];
let cacheDir: string;

beforeAll(async () => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'fixpath-ticket-summary-'));
  process.env.FIXPATH_CACHE_DIR = cacheDir;
  // The client's copy of the shipped tree, as the step page has it.
  tree = toClientTree(getWizard('windows-auth-login', 'content')!);
  sessions = await Promise.all(
    allPaths(tree).map(async (found) => {
      const check = checkAnswersLeadTo(tree, found.outcomeId, found.answers);
      if (!check.ok) throw new Error(formatAnswersProblem(check.reason));
      const fix = check.node.type === 'outcome' ? check.node.fix : undefined;
      const procedure = fix ? await getFixProcedure(fix.article, fix.procedure, 'content') : undefined;
      const stepUrl = `${ORIGIN}${stepPath(tree.id, found.outcomeId, found.answers)}`;
      const summary = ticketSummaryOf({ tree, trail: check.trail, node: check.node, stepUrl, origin: ORIGIN, ...(procedure ? { procedure } : {}) });
      return { outcomeId: found.outcomeId, summary, ...(procedure ? { procedure } : {}) };
    }),
  );
}, 60_000);

afterAll(() => {
  delete process.env.FIXPATH_CACHE_DIR;
  rmSync(cacheDir, { recursive: true, force: true });
});

/** One session per outcome with a fix (paths to the same outcome differ only in their answers). */
function withFix(): (Session & { procedure: FixProcedure })[] {
  const found = sessions.filter(
    (session, index): session is Session & { procedure: FixProcedure } =>
      session.procedure !== undefined && sessions.findIndex((other) => other.outcomeId === session.outcomeId) === index,
  );
  expect(found.length).toBeGreaterThan(5);
  return found;
}

function commandsOf(procedure: FixProcedure): Extract<FixStepDetail, { kind: 'command' }>[] {
  return procedure.steps.flatMap((step) => step.details.flatMap((detail) => (detail.kind === 'command' ? [detail] : [])));
}

function registryValuesOf(procedure: FixProcedure): Extract<FixStepDetail, { kind: 'registry' }>[] {
  return procedure.steps.flatMap((step) => step.details.flatMap((detail) => (detail.kind === 'registry' ? [detail] : [])));
}

describe('the summary model of the shipped troubleshooter', () => {
  it('holds every answer of the path, the outcome and the fix steps with links into the article', () => {
    for (const { summary, procedure } of withFix()) {
      expect(summary.troubleshooter).toBe(tree.title);
      expect(summary.answers.length).toBeGreaterThan(0);
      if (summary.at.kind !== 'outcome' || !summary.at.fix?.steps) throw new Error('expected an outcome with fix steps');
      expect(summary.at.fix.url).toBe(`${ORIGIN}${articlePath(procedure.article.slug, procedure.id)}`);
      expect(summary.at.fix.steps.map((step) => step.url)).toEqual(procedure.steps.map((step) => `${ORIGIN}${articlePath(procedure.article.slug, step.id)}`));
    }
  });

  it('ignores steps fetched for another procedure, and still links the fix', () => {
    const [first, second] = withFix().filter((session, index, all) => all.findIndex((other) => other.procedure.id === session.procedure.id) === index);
    const check = checkAnswersLeadTo(tree, first!.outcomeId, allPaths(tree).find((found) => found.outcomeId === first!.outcomeId)!.answers);
    if (!check.ok) throw new Error(formatAnswersProblem(check.reason));
    const summary = ticketSummaryOf({ tree, trail: check.trail, node: check.node, stepUrl: first!.summary.stepUrl, origin: ORIGIN, procedure: second!.procedure });
    expect(summary.at.kind === 'outcome' && summary.at.fix).toMatchObject({ title: 'How to fix it', url: `${ORIGIN}${articlePath(first!.procedure.article.slug, first!.procedure.id)}` });
    expect(summary.at.kind === 'outcome' && summary.at.fix?.steps).toBeUndefined();
  });

  it('at a question, holds the answers so far and the question it stopped at', () => {
    const found = allPaths(tree).find((candidate) => candidate.answers.length >= 2)!;
    const questionId = found.answers[1]!.questionId;
    const check = checkAnswersLeadTo(tree, questionId, found.answers.slice(0, 1));
    if (!check.ok) throw new Error(formatAnswersProblem(check.reason));
    const summary = ticketSummaryOf({ tree, trail: check.trail, node: check.node, stepUrl: `${ORIGIN}/x`, origin: ORIGIN });
    expect(summary.answers).toHaveLength(1);
    expect(summary.at).toEqual({ kind: 'question', prompt: check.node.type === 'question' ? check.node.prompt : '' });
    for (const format of TICKET_FORMATS) expect(writeTicketSummary(summary, format.id)).toMatch(/Answers so far/);
  });
});

describe('Markdown', () => {
  const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);

  it('reads back as a numbered list of linked steps, with every command as a fenced block and every value as code', () => {
    for (const { summary, procedure } of withFix()) {
      const markdown = ticketSummaryMarkdown(summary);
      const root = parse(markdown);
      const fenced: string[] = [];
      visit(root, 'code', (node: Code) => {
        fenced.push(node.value);
      });
      expect(fenced).toEqual(commandsOf(procedure).map((command) => command.code));
      const inline: string[] = [];
      visit(root, 'inlineCode', (node) => {
        inline.push(node.value);
      });
      for (const value of registryValuesOf(procedure)) expect(inline).toEqual(expect.arrayContaining([value.key, value.name, value.type, value.data]));
      const links: { text: string; url: string }[] = [];
      visit(root, 'link', (node: Link) => {
        links.push({ text: node.children.map((child) => ('value' in child ? child.value : '')).join(''), url: node.url });
      });
      for (const step of procedure.steps) expect(links).toContainEqual({ text: step.title, url: `${ORIGIN}${articlePath(procedure.article.slug, step.id)}` });
      const stepList = root.children.find((node): node is List => node.type === 'list' && node.ordered === true && node.start === 1 && node.children.length === procedure.steps.length);
      expect(stepList, procedure.id).toBeDefined();
      expect(markdown).toContain(`**Troubleshooter:** ${escapeMarkdown(tree.title)}`);
      summary.answers.forEach((given, index) => expect(markdown).toContain(`${index + 1}. ${escapeMarkdown(given.question)} — ${escapeMarkdown(given.answer)}`));
      expect(markdown).toContain(`**This step of the troubleshooter:** ${summary.stepUrl}`);
    }
  });

  it('escapes formatting in text, and fences code that holds backticks with a longer run', () => {
    expect(escapeMarkdown('Use *this* [link](x) <b>')).toBe('Use \\*this\\* \\[link\\](x) \\<b\\>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`edge`')).toBe('`` `edge` ``');
    const summary: TicketSummary = {
      troubleshooter: 'T',
      answers: [],
      at: {
        kind: 'outcome',
        title: 'O',
        summary: 'S',
        fix: { title: 'F', url: `${ORIGIN}/f`, steps: [{ number: 1, title: 'Run', url: `${ORIGIN}/f#run`, details: [{ kind: 'command', shell: 'powershell', shellLabel: 'PowerShell', code: 'Write-Host "a``b"\n```' }] }] },
      },
      stepUrl: `${ORIGIN}/s`,
    };
    const fenced: string[] = [];
    visit(parse(ticketSummaryMarkdown(summary)), 'code', (node: Code) => {
      fenced.push(node.value);
    });
    expect(fenced).toEqual(['Write-Host "a``b"\n```']);
  });
});

describe('Jira wiki markup', () => {
  const noformatBlocks = (text: string) => [...text.matchAll(/^\{noformat\}\n([\s\S]*?)\n\{noformat\}$/gm)].map((match) => match[1]);

  it('puts every command and registry value verbatim in a noformat block under its numbered, linked step', () => {
    for (const { summary, procedure } of withFix()) {
      const jira = ticketSummaryJira(summary);
      const blocks = noformatBlocks(jira);
      for (const command of commandsOf(procedure)) expect(blocks).toContain(command.code);
      for (const value of registryValuesOf(procedure)) {
        expect(blocks.some((block) => block!.includes(`Key:   ${value.key}`) && block!.includes(`Name:  ${value.name}`) && block!.includes(`Data:  ${value.data}`))).toBe(true);
      }
      for (const step of procedure.steps) {
        expect(jira).toContain(`*Step ${step.number}:* [${escapeJira(step.title)}|${ORIGIN}${articlePath(procedure.article.slug, step.id)}]`);
      }
      for (const given of summary.answers) expect(jira).toContain(`# ${escapeJira(given.question)} — ${escapeJira(given.answer)}`);
      expect(jira).toContain(`*This step of the troubleshooter:* ${summary.stepUrl}`);
      // Outside the blocks nothing is a Markdown leftover.
      expect(jira.replace(/\{noformat\}[\s\S]*?\{noformat\}/g, '')).not.toMatch(/\*\*|```/);
    }
  });

  it('escapes macros, links, tables, emphasis and backslashes, and leaves hyphens inside words alone', () => {
    expect(escapeJira('{code} [x|y] *b* _i_ !img!')).toBe('\\{code\\} \\[x\\|y\\] \\*b\\* \\_i\\_ \\!img\\!');
    expect(escapeJira('a -strike- b')).toBe('a \\-strike\\- b');
    expect(escapeJira('sign-in works')).toBe('sign-in works');
    expect(escapeJira('C:\\Windows')).toBe('C:&#92;Windows');
    expect(escapeJira('# first')).toBe('\\# first');
  });
});

describe('plain text', () => {
  it('writes each step numbered, its commands line by line and its values unescaped, and the links on lines of their own', () => {
    for (const { summary, procedure } of withFix()) {
      const text = ticketSummaryPlainText(summary);
      const lines = text.split('\n');
      for (const step of procedure.steps) expect(lines).toContain(`  ${step.number}. ${step.title}`);
      for (const command of commandsOf(procedure)) {
        for (const line of command.code.split('\n')) expect(lines).toContain(`       ${line}`);
      }
      for (const value of registryValuesOf(procedure)) {
        expect(lines).toContain(`     Registry key: ${value.key}`);
        expect(lines).toContain(`     Value: ${value.name} (${value.type}) = ${value.data}`);
        if (value.note) expect(lines).toContain(`     Note: ${value.note}`);
      }
      expect(lines).toContain(summary.stepUrl);
      expect(lines).toContain(`${ORIGIN}${articlePath(procedure.article.slug, procedure.id)}`);
      expect(text).not.toMatch(/\*\*|\{noformat\}|```/);
    }
  });
});

describe('formats', () => {
  it('reads a stored format back, and anything else as Markdown', () => {
    expect(parseTicketFormat('jira')).toBe('jira');
    expect(parseTicketFormat('text')).toBe('text');
    expect(parseTicketFormat('html')).toBe('markdown');
    expect(parseTicketFormat(null)).toBe('markdown');
  });

  it('without the fix steps, every format still names the fix and points at the article for them', () => {
    const { summary } = withFix()[0]!;
    if (summary.at.kind !== 'outcome' || !summary.at.fix) throw new Error('expected a fix');
    const withoutSteps: TicketSummary = { ...summary, at: { ...summary.at, fix: { title: 'How to fix it', url: summary.at.fix.url } } };
    for (const format of TICKET_FORMATS) {
      const text = writeTicketSummary(withoutSteps, format.id);
      expect(text).toContain('The steps are in the article linked below.');
      expect(text).toContain(summary.at.fix.url);
    }
  });
});

describe('toClientTree', () => {
  it('keeps everything navigation needs and drops server-only text', () => {
    const full = getWizard('windows-auth-login', 'content')!;
    const client = toClientTree(full);
    for (const found of allPaths(full)) {
      expect(checkAnswersLeadTo(client, found.outcomeId, found.answers).ok).toBe(true);
    }
    expect(JSON.stringify(client)).not.toContain('"help"');
    expect(JSON.stringify(client)).not.toContain('"body"');
    expect(JSON.stringify(client).length).toBeLessThan(JSON.stringify(full).length);
  });
});
