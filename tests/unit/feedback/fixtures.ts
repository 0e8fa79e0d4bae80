import type { FeedbackVote, StepView } from '@/lib/feedback/schema';
import type { SiteLanguage } from '@/lib/i18n/site-languages';

/** A fixed moment for stored rows, so expected figures never depend on the clock. */
export const T0 = Date.UTC(2026, 0, 10, 12);

export const articleVote = (article: string, helpful: boolean, language: SiteLanguage = 'en'): FeedbackVote => ({ kind: 'article', article, helpful, language });

export const outcomeVote = (outcome: string, helpful: boolean, language: SiteLanguage = 'en'): FeedbackVote => ({
  kind: 'outcome',
  tree: 'windows-auth-login',
  treeVersion: 2,
  outcome,
  helpful,
  language,
});

export function stepView(session: string, step: string, seq: number, tree = 'windows-auth-login', language: SiteLanguage = 'en'): StepView {
  return { type: 'step-view', tree, treeVersion: 2, step, session, seq, language };
}

/** A valid v4 uuid made from a number, so tests can tell sessions apart at a glance. */
export const sessionId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
