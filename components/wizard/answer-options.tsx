'use client';

import type { QuestionNode, WizardOption } from '@/lib/wizard/schema';
import type { WizardAnswer } from '@/lib/wizard/session';
import { encodeStepUrl } from '@/lib/wizard/url';
import { OptionList } from './option-list';
import { TreeGate, useAnswersParam, useStepAnswers } from './wizard-step-context';

function EnhancedOptions({ question, treeId, earlier }: { question: QuestionNode; treeId: string; earlier: readonly WizardAnswer[] }) {
  const hrefOf = (option: WizardOption) => encodeStepUrl(treeId, option.next, [...earlier, { questionId: question.id, optionId: option.id }]);
  return <OptionList enhanced options={question.options} hrefOf={hrefOf} />;
}

function CheckedOptions({ question }: { question: QuestionNode }) {
  const { tree, check } = useStepAnswers();
  // Answers that do not lead here are not carried on: the next step would only show them as wrong.
  return <EnhancedOptions question={question} treeId={tree.id} earlier={check.ok ? check.answers : []} />;
}

/**
 * The answers of the current question, each linking to the next step with every answer so far.
 * Until the tree arrives the links carry the answers as the URL gives them, so a quick click
 * never loses the trail; once it is here, only answers that really lead to this step go on.
 */
export function AnswerOptions({ question }: { question: QuestionNode }) {
  const { treeId, answers } = useAnswersParam();
  return (
    <TreeGate fallback={<EnhancedOptions question={question} treeId={treeId} earlier={answers} />}>
      <CheckedOptions question={question} />
    </TreeGate>
  );
}
