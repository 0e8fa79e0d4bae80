import type { SiteLanguage } from '../../i18n/site-languages';
import { withoutServerText } from '../client-tree';
import type { TrailStep } from '../navigate';
import type { WizardNode, WizardTree } from '../schema';
import type { WizardAnswer } from '../session';
import type { AnswersCheck } from '../url';

/**
 * What a summary for the ticket is about: the troubleshooter's title, the checked answers that lead
 * to the step and the step itself. Plain data, so the server can hand it to the panel of a step it
 * rendered with known answers, and that page never needs the whole tree for its summary.
 */
export interface TicketSubject {
  tree: Pick<WizardTree, 'id' | 'title'>;
  stepId: string;
  language: SiteLanguage;
  answers: readonly WizardAnswer[];
  trail: readonly TrailStep[];
  node: WizardNode;
}

/**
 * The subject of a step's summary, or undefined when there is nothing worth pasting: answers that do
 * not lead here, or the first question with nothing answered yet. An outcome always has one.
 */
export function ticketSubjectOf(tree: Pick<WizardTree, 'id' | 'title'>, stepId: string, language: SiteLanguage, check: AnswersCheck): TicketSubject | undefined {
  if (!check.ok || (check.node.type === 'question' && check.trail.length === 0)) return undefined;
  // As the browser's tree has them: the help and body Markdown are not part of a summary.
  const trail = check.trail.map(({ question, option }) => ({ question: withoutServerText(question), option }));
  return { tree: { id: tree.id, title: tree.title }, stepId, language, answers: check.answers, trail, node: withoutServerText(check.node) };
}
