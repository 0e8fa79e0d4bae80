'use client';

import { useSearchParams } from 'next/navigation';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { WizardTree } from '@/lib/wizard/schema';
import type { WizardAnswer } from '@/lib/wizard/session';
import { checkAnswersLeadTo, parseAnswersParam, type AnswersCheck } from '@/lib/wizard/url';

interface WizardStepValue {
  tree: WizardTree;
  stepId: string;
}

const WizardStepContext = createContext<WizardStepValue | null>(null);

/**
 * Hands the (client-trimmed) tree and the current step to the step page's islands once, instead of
 * serialising the tree into every island's props.
 */
export function WizardStepProvider({ tree, stepId, children }: WizardStepValue & { children: ReactNode }) {
  const value = useMemo(() => ({ tree, stepId }), [tree, stepId]);
  return <WizardStepContext.Provider value={value}>{children}</WizardStepContext.Provider>;
}

/** What the URL says about this step: the answers given, and whether they really lead here. */
export interface StepAnswers extends WizardStepValue {
  /** True when the URL carries no answers at all (a bare step link). */
  bare: boolean;
  /** The answers as the link gives them, when they are well formed (even if they lead elsewhere). */
  answers: WizardAnswer[] | undefined;
  check: AnswersCheck;
}

/** Reads and checks the `answers` parameter; must render inside a Suspense boundary (static pages). */
export function useStepAnswers(): StepAnswers {
  const context = useContext(WizardStepContext);
  if (!context) throw new Error('useStepAnswers must be used inside <WizardStepProvider>');
  const raw = useSearchParams().get('answers');
  const { tree, stepId } = context;
  return useMemo(() => {
    const parsed = parseAnswersParam(raw);
    const bare = parsed.ok && parsed.answers.length === 0;
    const check: AnswersCheck = parsed.ok ? checkAnswersLeadTo(tree, stepId, parsed.answers) : { ok: false, reason: parsed.reason };
    return { tree, stepId, bare, answers: parsed.ok ? parsed.answers : undefined, check };
  }, [tree, stepId, raw]);
}
