import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { localizePath, stepPath } from '@/lib/paths';
import { progress } from '@/lib/wizard/navigate';
import type { WizardTree } from '@/lib/wizard/schema';
import type { StepAnswersReading } from '@/lib/wizard/url';
import { StepAnchor } from './step-anchor';

/** What a step's URL says about its answers, as the status line and the summary show it. */
export interface StepAnswersState extends StepAnswersReading {
  tree: WizardTree;
  /** The page's language, which every link written here keeps. */
  language: SiteLanguage;
}

/**
 * "Question 2 of at most 4" when the link's answers check out; otherwise a short notice that the
 * answers could not be used. The step itself is still shown: never a made-up summary. Rendered by
 * the server for the answers it knows, and by the island once the tree is in the browser.
 */
export function StepStatusView({ tree, language, bare, check, answers, enhanced }: StepAnswersState & { enhanced: boolean }) {
  const startHref = localizePath(language, stepPath(tree.id, tree.start));
  if (check.ok) {
    const result = progress(tree, check.session);
    if (!result.ok) return null;
    const { questionNumber, maxQuestions, done } = result.progress;
    return (
      <p className="text-sm text-muted" data-testid="step-progress">
        {done
          ? `Result after ${questionNumber} ${questionNumber === 1 ? 'answer' : 'answers'}`
          : `Question ${questionNumber} of at most ${maxQuestions}`}
      </p>
    );
  }
  if (bare) {
    return (
      <p role="note" className="rounded border border-border bg-surface px-3 py-2 text-sm">
        This link opens the step on its own, without the answers that lead to it.{' '}
        <StepAnchor href={startHref} enhanced={enhanced}>
          Start from the first question
        </StepAnchor>{' '}
        to see how you got here.
      </p>
    );
  }
  return (
    <div role="alert" className="rounded border-2 border-amber-700 bg-surface px-3 py-2 text-sm dark:border-amber-400">
      <p className="font-semibold">The answers in this link do not lead to this step, so they are not shown.</p>
      <p>
        {check.reason}. You can still read this step, or{' '}
        <StepAnchor href={startHref} enhanced={enhanced}>
          start from the first question
        </StepAnchor>
        .
      </p>
      {check.leadsTo && answers ? (
        <p className="mt-1">
          The troubleshooter may have changed since this link was made.{' '}
          <StepAnchor href={localizePath(language, stepPath(tree.id, check.leadsTo, answers))} enhanced={enhanced}>
            Go to where these answers lead now
          </StepAnchor>
          .
        </p>
      ) : null}
    </div>
  );
}
