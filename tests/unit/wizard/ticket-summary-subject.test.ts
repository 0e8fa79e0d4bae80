import { describe, expect, it } from 'vitest';
import { getWizard } from '@/lib/content/wizards.server';
import { toClientTree } from '@/lib/wizard/client-tree';
import { allPaths } from '@/lib/wizard/navigate';
import { writeTicketSummary } from '@/lib/wizard/ticket-summary/formats';
import { ticketSummaryOf } from '@/lib/wizard/ticket-summary/model';
import { ticketSubjectOf } from '@/lib/wizard/ticket-summary/subject';
import { checkAnswersLeadTo } from '@/lib/wizard/url';

const full = getWizard('windows-auth-login', 'content')!;
const client = toClientTree(full);
const ORIGIN = 'https://fixpath.example';
const path = allPaths(full).find((candidate) => candidate.answers.length >= 3)!;

/** The Markdown summary a subject gives, as the panel writes it (the fix's steps aside). */
function summaryText(subject: NonNullable<ReturnType<typeof ticketSubjectOf>>) {
  return writeTicketSummary(ticketSummaryOf({ ...subject, stepUrl: `${ORIGIN}/step`, origin: ORIGIN }), 'markdown');
}

describe('the subject of a summary for the ticket', () => {
  it("the server's subject (full tree) writes the same summary as the browser's tree, without the help and body text", () => {
    for (const depth of [2, path.answers.length]) {
      const answers = path.answers.slice(0, depth);
      const stepId = depth === path.answers.length ? path.outcomeId : stepAt(answers);
      const onServer = ticketSubjectOf(full, stepId, 'en', checkAnswersLeadTo(full, stepId, answers))!;
      const inBrowser = ticketSubjectOf(client, stepId, 'en', checkAnswersLeadTo(client, stepId, answers))!;
      expect(summaryText(onServer)).toBe(summaryText(inBrowser));
      expect(onServer.trail).toHaveLength(depth);
      expect(JSON.stringify(onServer)).toBe(JSON.stringify(inBrowser));
    }
  });

  it('is undefined for answers that do not lead to the step and at the first question with nothing answered', () => {
    expect(ticketSubjectOf(full, full.start, 'en', checkAnswersLeadTo(full, full.start, []))).toBeUndefined();
    expect(ticketSubjectOf(full, path.outcomeId, 'en', checkAnswersLeadTo(full, path.outcomeId, path.answers.slice(0, 1)))).toBeUndefined();
  });
});

/** The question the answers given so far reach. */
function stepAt(answers: typeof path.answers): string {
  let id = full.start;
  for (const answer of answers) {
    const node = full.nodes.find((candidate) => candidate.id === id);
    if (node?.type !== 'question') throw new Error('the path leaves the questions early');
    id = node.options.find((option) => option.id === answer.optionId)!.next;
  }
  return id;
}
