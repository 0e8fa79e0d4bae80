'use client';

import { StepStatusView } from './step-status-view';
import { useStepAnswers, useStepWords } from './wizard-step-context';

/** The status line above the step's heading, from the answers in the address bar. */
export function StepStatus() {
  return <StepStatusView {...useStepAnswers()} enhanced words={useStepWords()} />;
}
