'use client';

import { useEffect } from 'react';
import { AnswersSummaryView } from './answers-summary-view';
import { useWizardSession } from './wizard-session-provider';
import { useStepAnswers, useStepContentLang, useStepWords } from './wizard-step-context';

/** The answers summary from the address bar's answers; also keeps the tab's saved progress. */
export function AnswersSummary() {
  const { tree, stepId, check, language } = useStepAnswers();
  const remember = useWizardSession((state) => state.remember);
  const forget = useWizardSession((state) => state.forget);
  const words = useStepWords();
  const contentLang = useStepContentLang();

  const session = check.ok ? check.session : undefined;
  useEffect(() => {
    if (session) remember({ ...session, stepId });
  }, [session, remember, stepId]);

  return <AnswersSummaryView tree={tree} language={language} check={check} contentLang={contentLang} enhanced words={words} onRestart={() => forget(tree.id)} />;
}
