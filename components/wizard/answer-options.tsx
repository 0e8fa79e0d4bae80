'use client';

import type { QuestionNode } from '@/lib/wizard/schema';
import { encodeStepUrl } from '@/lib/wizard/url';
import { OptionList } from './option-list';
import { useStepAnswers } from './wizard-step-context';

/** The answers of the current question, each linking to the next step with every answer so far. */
export function AnswerOptions({ question }: { question: QuestionNode }) {
  const { tree, check } = useStepAnswers();
  // Answers that do not lead here are not carried on: the next step would only show them as wrong.
  const earlier = check.ok ? check.answers : [];
  return (
    <OptionList
      enhanced
      options={question.options}
      hrefOf={(option) => encodeStepUrl(tree.id, option.next, [...earlier, { questionId: question.id, optionId: option.id }])}
    />
  );
}
