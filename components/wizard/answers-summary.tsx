'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { stepPath } from '@/lib/paths';
import { changeAnswer, goBack } from '@/lib/wizard/navigate';
import { sessionStepPath } from '@/lib/wizard/url';
import { useWizardSession } from './wizard-session-provider';
import { useStepAnswers } from './wizard-step-context';

/**
 * Check your answers: every question so far with the answer given and a "Change" link, then the
 * current step marked as such. Also the Back and Restart links, and the tab's saved progress.
 */
export function AnswersSummary() {
  const { tree, stepId, check } = useStepAnswers();
  const remember = useWizardSession((state) => state.remember);
  const forget = useWizardSession((state) => state.forget);

  const session = check.ok ? check.session : undefined;
  useEffect(() => {
    if (session) remember({ ...session, stepId });
  }, [session, remember, stepId]);

  const restartHref = stepPath(tree.id, tree.start);
  const restart = (
    <Link href={restartHref} onClick={() => forget(tree.id)}>
      Restart
    </Link>
  );
  if (!check.ok) return <nav aria-label="Troubleshooter" className="mt-8 text-sm">{restart}</nav>;

  const backHref = check.answers.length > 0 ? sessionStepPath(tree, goBack(check.session)) : undefined;
  const currentTitle = check.node.type === 'question' ? check.node.prompt : check.node.title;

  return (
    <section aria-labelledby="answers-heading" className="mt-10 border-t border-border pt-6">
      <h2 id="answers-heading" className="text-xl font-semibold">
        Your answers
      </h2>
      {check.trail.length === 0 ? <p className="mt-2 text-muted">You have not answered any questions yet.</p> : null}
      <ol className="mt-3 divide-y divide-border">
        {check.trail.map((step) => {
          const changed = changeAnswer(tree, check.session, step.question.id);
          const changeHref = (changed.ok && sessionStepPath(tree, changed.session)) || restartHref;
          return (
            <li key={step.question.id} className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
              <span className="font-medium">{step.question.prompt}</span>
              <span>{step.option.label}</span>
              <Link href={changeHref} aria-label={`Change your answer to: ${step.question.prompt}`}>
                Change
              </Link>
            </li>
          );
        })}
        <li aria-current="step" className="py-3 font-semibold">
          <span className="sr-only">Current step: </span>
          {currentTitle}
        </li>
      </ol>
      <nav aria-label="Troubleshooter" className="mt-4 flex gap-6 text-sm">
        {backHref ? <Link href={backHref}>Back</Link> : null}
        {restart}
      </nav>
    </section>
  );
}
