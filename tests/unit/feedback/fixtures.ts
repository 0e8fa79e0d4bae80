import type { FeedbackVote, StepView } from '@/lib/feedback/schema';

/** A fixed moment for stored rows, so expected figures never depend on the clock. */
export const T0 = Date.UTC(2026, 0, 10, 12);

export const articleVote = (article: string, helpful: boolean): FeedbackVote => ({ kind: 'article', article, helpful });

export const outcomeVote = (outcome: string, helpful: boolean): FeedbackVote => ({
  kind: 'outcome',
  tree: 'windows-auth-login',
  treeVersion: 2,
  outcome,
  helpful,
});

export function stepView(session: string, step: string, seq: number, tree = 'windows-auth-login'): StepView {
  return { type: 'step-view', tree, treeVersion: 2, step, session, seq };
}

/** A valid v4 uuid made from a number, so tests can tell sessions apart at a glance. */
export const sessionId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
