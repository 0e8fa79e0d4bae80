import { pluralFor } from '@/lib/i18n/client-text';
import { fillIn } from '@/lib/i18n/format';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { localizePath, stepPath } from '@/lib/paths';
import { progress } from '@/lib/wizard/navigate';
import type { WizardTree } from '@/lib/wizard/schema';
import { formatAnswersProblem } from '@/lib/wizard/answers-problem';
import type { StepAnswersReading } from '@/lib/wizard/url';
import { StepAnchor } from './step-anchor';
import type { WizardWords } from './wizard-text';

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
export function StepStatusView({ tree, language, bare, check, answers, enhanced, words }: StepAnswersState & { enhanced: boolean; words: WizardWords }) {
  const startHref = localizePath(language, stepPath(tree.id, tree.start));
  if (check.ok) {
    const result = progress(tree, check.session);
    if (!result.ok) return null;
    const { questionNumber, maxQuestions, done } = result.progress;
    return (
      <p className="text-sm text-muted" data-testid="step-progress">
        {done ? pluralFor(words.progressResult, questionNumber) : fillIn(words.progressQuestion, { number: questionNumber, max: maxQuestions })}
      </p>
    );
  }
  if (bare) {
    return (
      <p role="note" className="rounded border border-border bg-surface px-3 py-2 text-sm">
        {words.bare[0]}
        <StepAnchor href={startHref} enhanced={enhanced}>
          {words.bare[1]}
        </StepAnchor>
        {words.bare[2]}
      </p>
    );
  }
  return (
    <div role="alert" className="rounded border-2 border-amber-700 bg-surface px-3 py-2 text-sm dark:border-amber-400">
      <p className="font-semibold">{words.invalidHeading}</p>
      <p>
        {fillIn(words.invalid[0], { reason: formatAnswersProblem(check.reason, words.answersProblems) })}
        <StepAnchor href={startHref} enhanced={enhanced}>
          {words.invalid[1]}
        </StepAnchor>
        {words.invalid[2]}
      </p>
      {check.leadsTo && answers ? (
        <p className="mt-1">
          {words.mayHaveChanged[0]}
          <StepAnchor href={localizePath(language, stepPath(tree.id, check.leadsTo, answers))} enhanced={enhanced}>
            {words.mayHaveChanged[1]}
          </StepAnchor>
          {words.mayHaveChanged[2]}
        </p>
      ) : null}
    </div>
  );
}
