'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import type { QuestionNode, WizardOption } from '@/lib/wizard/schema';
import { localizePath } from '@/lib/paths';
import { checkAnswersLeadTo, optionPath } from '@/lib/wizard/url';
import { OptionList } from './option-list';
import { useAnswersParam, useStepContentLang, useStepLanguage, useStepWords, useTreeWhenLoaded } from './wizard-step-context';

/**
 * The answers of the current question, each linking to the next step with every answer so far.
 * Until the tree arrives the links carry the answers as the URL gives them, so a quick click
 * never loses the trail; once it is here, only answers that really lead to this step go on.
 * The same links are updated in place, so a keyboard user's focus stays where it was.
 * A step rendered per request renders this on the server too: there, and until hydration, it shows
 * `serverList`, the server's plain links for the answers it has checked.
 */
export function AnswerOptions({ question, serverList }: { question: QuestionNode; serverList: ReactNode }) {
  const live = useSyncExternalStore(noSubscription, () => true, () => false);
  const { treeId, stepId, answers } = useAnswersParam();
  const tree = useTreeWhenLoaded();
  const language = useStepLanguage();
  const words = useStepWords();
  const contentLang = useStepContentLang();
  const check = tree ? checkAnswersLeadTo(tree, stepId, answers) : undefined;
  // Answers that do not lead here are not carried on: the next step would only show them as wrong.
  const earlier = !check ? answers : check.ok ? check.answers : undefined;
  const hrefOf = (option: WizardOption) => localizePath(language, optionPath(treeId, question, earlier, option));
  return live ? <OptionList enhanced options={question.options} hrefOf={hrefOf} label={words.answersLabel} contentLang={contentLang} /> : serverList;
}

const noSubscription = () => () => {};
