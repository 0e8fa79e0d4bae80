import type { TrailStep } from './navigate';
import type { OutcomeNode, WizardTree } from './schema';

/** What a ticket summary is made of; URLs are absolute so the ticket works anywhere. */
export interface TicketSummaryInput {
  tree: WizardTree;
  trail: readonly TrailStep[];
  outcome: OutcomeNode;
  stepUrl: string;
  /** The article section holding the fix, when the outcome has one. */
  fixUrl?: string;
}

/**
 * Markdown for a helpdesk ticket: which troubleshooter, every question with the answer given,
 * the outcome, and links to the fix and to this exact step, so the next agent can pick it up.
 */
export function ticketSummaryMarkdown({ tree, trail, outcome, stepUrl, fixUrl }: TicketSummaryInput): string {
  const lines = [`**Troubleshooter:** ${tree.title}`, '', '**Answers:**'];
  if (trail.length === 0) lines.push('- (none)');
  for (const [index, step] of trail.entries()) lines.push(`${index + 1}. ${step.question.prompt} — ${step.option.label}`);
  lines.push('', `**Outcome:** ${outcome.title}`, '', outcome.summary, '');
  if (fixUrl) lines.push(`**Fix:** ${fixUrl}`);
  lines.push(`**This step:** ${stepUrl}`);
  return `${lines.join('\n')}\n`;
}
