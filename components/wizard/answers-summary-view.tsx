import { fillIn } from '@/lib/i18n/format';
import { localizePath } from '@/lib/paths';
import { summaryLinks } from '@/lib/wizard/url';
import { StepAnchor } from './step-anchor';
import type { StepAnswersState } from './step-status-view';
import type { WizardWords } from './wizard-text';

/**
 * Check your answers: every question so far with the answer given and a "Change" link, then the
 * current step marked as such, and the Back and Restart links. Rendered by the server for the
 * answers it knows, and by the island once the tree is in the browser; `onRestart` is the island's.
 */
export function AnswersSummaryView({
  tree,
  language,
  check,
  contentLang,
  enhanced,
  words,
  onRestart,
}: Pick<StepAnswersState, 'tree' | 'language' | 'check'> & { contentLang?: 'en'; enhanced: boolean; words: WizardWords; onRestart?: () => void }) {
  const links = summaryLinks(tree, check.ok ? check.session : { treeId: tree.id, version: tree.version, answers: [] });
  const local = (path: string) => localizePath(language, path);
  const restart = (
    <StepAnchor href={local(links.restart)} enhanced={enhanced} onClick={onRestart} restart>
      {words.restart}
    </StepAnchor>
  );
  if (!check.ok)
    return (
      <nav aria-label={words.navigation} className="mt-8 text-sm">
        {restart}
      </nav>
    );

  const currentTitle = check.node.type === 'question' ? check.node.prompt : check.node.title;
  return (
    <section aria-labelledby="answers-heading" className="mt-10 border-t border-border pt-6">
      <h2 id="answers-heading" className="text-xl font-semibold">
        {words.yourAnswers}
      </h2>
      {check.trail.length === 0 ? <p className="mt-2 text-muted">{words.noAnswersYet}</p> : null}
      <ol className="mt-3 divide-y divide-border">
        {check.trail.map((step) => (
          <li key={step.question.id} className="grid gap-1 py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
            <span className="font-medium" lang={contentLang}>
              {step.question.prompt}
            </span>
            <span lang={contentLang}>{step.option.label}</span>
            <StepAnchor
              href={local(links.change.get(step.question.id) ?? links.restart)}
              enhanced={enhanced}
              label={fillIn(words.changeLabel, { question: step.question.prompt })}
            >
              {words.change}
            </StepAnchor>
          </li>
        ))}
        <li aria-current="step" className="py-3 font-semibold">
          <span className="sr-only">{words.currentStep}</span>
          <span lang={contentLang}>{currentTitle}</span>
        </li>
      </ol>
      <nav aria-label={words.navigation} className="mt-4 flex gap-6 text-sm">
        {links.back ? (
          <StepAnchor href={local(links.back)} enhanced={enhanced}>
            {words.back}
          </StepAnchor>
        ) : null}
        {restart}
      </nav>
    </section>
  );
}
