'use client';

import Link from 'next/link';
import { stepPath } from '@/lib/paths';
import { progress } from '@/lib/wizard/navigate';
import { useStepAnswers } from './wizard-step-context';

/**
 * "Question 2 of at most 4" when the link's answers check out; otherwise a short notice that the
 * answers could not be used. The step itself is still shown: never a made-up summary.
 */
export function StepStatus() {
  const { tree, bare, check, answers } = useStepAnswers();
  const startHref = stepPath(tree.id, tree.start);
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
        <Link href={startHref}>Start from the first question</Link> to see how you got here.
      </p>
    );
  }
  return (
    <div role="alert" className="rounded border-2 border-amber-700 bg-surface px-3 py-2 text-sm dark:border-amber-400">
      <p className="font-semibold">The answers in this link do not lead to this step, so they are not shown.</p>
      <p>
        {check.reason}. You can still read this step, or{' '}
        <Link href={startHref}>start from the first question</Link>.
      </p>
      {check.leadsTo && answers ? (
        <p className="mt-1">
          The troubleshooter may have changed since this link was made.{' '}
          <Link href={stepPath(tree.id, check.leadsTo, answers)}>Go to where these answers lead now</Link>.
        </p>
      ) : null}
    </div>
  );
}
