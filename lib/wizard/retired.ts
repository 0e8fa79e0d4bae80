import { liveNodeId, nodeIndex } from './graph';
import { replayAnswers } from './navigate';
import type { WizardTree } from './schema';
import type { WizardAnswer } from './session';

/** A link's answer that names an option the tree no longer offers, and where to ask again. */
export interface RetiredAnswer {
  /** The node the answers before the retired one reach: the changed question, asked again. */
  askAt: string;
  /** The answers before the retired one, with current question ids. */
  kept: WizardAnswer[];
  /** The current id of the question whose option was retired. */
  changed: string;
  /** The answers after the retired one, as the link gave them: they may no longer apply. */
  dropped: WizardAnswer[];
}

// Trees never change once validated, so the index is cached by identity like graph.ts's.
const retiredIndexes = new WeakMap<WizardTree, ReadonlyMap<string, ReadonlySet<string>>>();

/** Retired option ids by the live id of their question (old question ids mapped through redirects). */
function retiredIndex(tree: WizardTree): ReadonlyMap<string, ReadonlySet<string>> {
  let index = retiredIndexes.get(tree);
  if (!index) {
    const map = new Map<string, Set<string>>();
    for (const [questionId, optionIds] of Object.entries(tree.retiredOptions ?? {})) {
      const live = liveNodeId(tree, questionId) ?? questionId;
      map.set(live, new Set([...(map.get(live) ?? []), ...optionIds]));
    }
    index = map;
    retiredIndexes.set(tree, index);
  }
  return index;
}

/**
 * The first answer of a link that gave an option the tree has retired. The answers before it
 * still hold and are kept; the ones after it were given in reply to a question that has changed,
 * so they are dropped rather than guessed at. Undefined when no answer is retired, or when the
 * answers before it do not lead to its question (an edited link, which the step page explains).
 */
export function findRetiredAnswer(tree: WizardTree, answers: readonly WizardAnswer[]): RetiredAnswer | undefined {
  const retired = retiredIndex(tree);
  if (retired.size === 0) return undefined;
  const current = (given: WizardAnswer): WizardAnswer => ({
    questionId: liveNodeId(tree, given.questionId) ?? given.questionId,
    optionId: given.optionId,
  });
  const index = answers.findIndex((given) => {
    const { questionId, optionId } = current(given);
    return retired.get(questionId)?.has(optionId) === true;
  });
  const at = answers[index];
  if (at === undefined) return undefined;
  const changed = current(at).questionId;
  const kept = answers.slice(0, index).map(current);
  const replay = replayAnswers(tree, kept);
  if (!replay.ok || replay.node.id !== changed) return undefined;
  return { askAt: changed, kept, changed, dropped: answers.slice(index + 1) };
}

/** What a step's "this question changed" notice says, in the words the user saw when answering. */
export interface ChangedQuestionNotice {
  /** The changed question's prompt, or its id if it no longer exists. */
  question: string;
  /** Each dropped answer: prompt and label while they exist, else the ids from the link (`known: false`). */
  dropped: { question: string; answer: string; known: boolean }[];
}

/** Names the changed question and the dropped answers for the notice; never throws on stale ids. */
export function describeChangedQuestion(tree: WizardTree, changed: string, dropped: readonly WizardAnswer[]): ChangedQuestionNotice {
  const nodes = nodeIndex(tree);
  const questionOf = (id: string) => {
    const node = nodes.get(liveNodeId(tree, id) ?? id);
    return node?.type === 'question' ? node : undefined;
  };
  return {
    question: questionOf(changed)?.prompt ?? changed,
    dropped: dropped.map((given) => {
      const question = questionOf(given.questionId);
      const option = question?.options.find((candidate) => candidate.id === given.optionId);
      return question && option
        ? { question: question.prompt, answer: option.label, known: true }
        : { question: question?.prompt ?? given.questionId, answer: given.optionId, known: false };
    }),
  };
}
