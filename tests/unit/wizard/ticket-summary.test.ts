import { describe, expect, it } from 'vitest';
import { toClientTree } from '@/lib/wizard/client-tree';
import { allPaths } from '@/lib/wizard/navigate';
import { stepPath } from '@/lib/paths';
import { checkAnswersLeadTo } from '@/lib/wizard/url';
import { ticketSummaryMarkdown } from '@/lib/wizard/ticket-summary';
import type { OutcomeNode } from '@/lib/wizard/schema';
import { loadTree } from './load-fixture';

describe('ticketSummaryMarkdown', () => {
  it('lists every question with its answer, the outcome and both links', () => {
    const { tree } = loadTree('windows-auth-login');
    const path = allPaths(tree).find((candidate) => candidate.answers.length >= 2)!;
    const check = checkAnswersLeadTo(tree, path.outcomeId, path.answers);
    if (!check.ok) throw new Error(check.reason);
    const outcome = check.node as OutcomeNode;
    const stepUrl = `https://fixpath.example${stepPath(tree.id, outcome.id, path.answers)}`;

    const markdown = ticketSummaryMarkdown({ tree, trail: check.trail, outcome, stepUrl, fixUrl: 'https://fixpath.example/articles/a#fix' });

    expect(markdown).toContain(`**Troubleshooter:** ${tree.title}`);
    check.trail.forEach((step, index) => {
      expect(markdown).toContain(`${index + 1}. ${step.question.prompt} — ${step.option.label}`);
    });
    expect(markdown).toContain(`**Outcome:** ${outcome.title}`);
    expect(markdown).toContain('**Fix:** https://fixpath.example/articles/a#fix');
    expect(markdown).toContain(`**This step:** ${stepUrl}`);
  });
});

describe('toClientTree', () => {
  it('keeps everything navigation needs and drops server-only text', () => {
    const { tree } = loadTree('windows-auth-login');
    const client = toClientTree(tree);
    for (const path of allPaths(tree)) {
      expect(checkAnswersLeadTo(client, path.outcomeId, path.answers).ok).toBe(true);
    }
    expect(JSON.stringify(client)).not.toContain('"help"');
    expect(JSON.stringify(client)).not.toContain('"body"');
    expect(JSON.stringify(client).length).toBeLessThan(JSON.stringify(tree).length);
  });
});
