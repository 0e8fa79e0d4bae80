import { Suspense, type ReactNode } from 'react';
import { FocusHeadingOnNavigation } from '@/components/focus-heading-on-navigation';
import { FeedbackWidget } from '@/components/feedback/feedback-widget';
import { useFeedbackWords } from '@/components/feedback/feedback-words';
import { useTranslations } from 'next-intl';
import { StepViewRecorder } from '@/components/feedback/step-view-recorder';
import { clientTreeHref, type WizardStep } from '@/lib/content/wizards.server';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { atStepHeading, localizePath, STEP_HEADING_ID, stepPath, treePath } from '@/lib/paths';
import { siteConfig } from '@/lib/site-config';
import { ticketSubjectOf } from '@/lib/wizard/ticket-summary/subject';
import { optionPath, readStepAnswers } from '@/lib/wizard/url';
import { AnswerOptions } from './answer-options';
import { AnswersSummary } from './answers-summary';
import { AnswersSummaryView } from './answers-summary-view';
import { MarkdownText } from './markdown-text';
import { OptionList } from './option-list';
import { OutcomeFix } from './outcome-fix';
import { StepLinkNavigation } from './step-link-navigation';
import { StepLinkPanel, StepLinkSection } from './step-link-panel';
import { StepStatus } from './step-status';
import { StepStatusView, type StepAnswersState } from './step-status-view';
import { KnownTicketSummarySlot, TicketSummarySlot } from './ticket-summary-slot';
import { TreeGate, WizardStepProvider } from './wizard-step-context';
import { useWizardWords } from './wizard-words';

/** What the server knows of a step URL's answers: the routes behind a URL with answers pass it. */
export interface KnownAnswers {
  state: StepAnswersState;
  /** The origin for the absolute "Link to this step", when the server knows it. */
  origin: string | undefined;
}

/**
 * One troubleshooter step: the question with its answers, or the outcome with its fix. Every step
 * route renders it: the static one (a bare link, and every move within the troubleshooter), the
 * cached one for answers that lead here, and the per-request ones for other answers and for a
 * changed question (`notice`). The static page cannot know the address bar's answers: it writes
 * the bare step where the islands later show what the answers say, once the tree is in the browser.
 * The other routes know them (`known`, checked by the server against the tree): what they write is
 * the final page, which the browser hydrates as it is, its links made to move within the app by
 * StepLinkNavigation, rather than replaced by islands that would render the same again (a page load
 * of a pasted link then spent its first seconds re-rendering it). Either way the page reads the
 * same with or without JavaScript.
 */
export function StepView({ tree, node, language, notice, known, untranslated }: WizardStep & { language: SiteLanguage; notice?: ReactNode; known?: KnownAnswers; untranslated?: boolean }) {
  // A tree with no translation in the page's language shows its English words, marked as English.
  const contentLang = untranslated ? 'en' : undefined;
  const { state, origin } = known ?? {
    state: { tree, language, ...readStepAnswers(tree, node.id, null) },
    origin: siteConfig.publicUrl,
  };
  const local = (path: string) => localizePath(language, path);
  const t = useTranslations('Wizard');
  const words = useWizardWords();
  const feedbackWords = useFeedbackWords();
  const earlier = state.check.ok ? state.check.answers : undefined;
  const stepUrl = `${origin ?? ''}${local(stepPath(tree.id, node.id, earlier ?? []))}`;
  const linkFallback = <StepLinkSection url={stepUrl} words={words} copyable={false} />;
  const statusFallback = <StepStatusView {...state} enhanced={false} words={words} />;
  const summaryFallback = <AnswersSummaryView tree={tree} language={language} check={state.check} contentLang={contentLang} enhanced={false} words={words} />;
  const serverOptions =
    node.type === 'question' ? (
      <OptionList options={node.options} hrefOf={(option) => atStepHeading(local(optionPath(tree.id, node, earlier, option)))} enhanced={false} label={words.answersLabel} contentLang={contentLang} />
    ) : null;
  // On the routes that know the answers nothing waits for the tree: the summary for the ticket gets
  // its subject from the server (it fetches only the fix's steps); the static page's islands need it.
  const islands = known
    ? {
        status: statusFallback,
        options: serverOptions,
        summary: summaryFallback,
        link: <StepLinkSection url={stepUrl} words={words} copyable />,
      }
    : {
        status: onceTreeArrives(statusFallback, <StepStatus />),
        options:
          node.type === 'question' ? (
            <Suspense fallback={serverOptions}>
              <AnswerOptions question={node} serverList={serverOptions} />
            </Suspense>
          ) : null,
        summary: onceTreeArrives(summaryFallback, <AnswersSummary />),
        link: onceTreeArrives(linkFallback, <StepLinkPanel publicOrigin={siteConfig.publicUrl} />),
      };
  const content = (
    <>
      <p className="text-sm">
        {/* A plain link, like the site's others: prefetching the start page cost every step's load a payload to parse. */}
        <a href={local(treePath(tree.id))} lang={contentLang}>
          {tree.title}
        </a>
      </p>
      <div className="mt-2 min-h-6">{islands.status}</div>
      {notice}
      <h1 id={STEP_HEADING_ID} tabIndex={-1} className="mt-2 text-3xl font-bold focus:outline-none" lang={contentLang}>
        {node.type === 'question' ? node.prompt : node.title}
      </h1>

      {node.type === 'question' ? (
        <>
          {node.help ? (
            <div className="mt-4" lang={contentLang}>
              <MarkdownText markdown={node.help} />
            </div>
          ) : null}
          {/* Each answer is marked English when the tree has no translation (the list's name is the page's). */}
          {islands.options}
        </>
      ) : (
        <>
          <p className="mt-4 text-lg" lang={contentLang}>
            {node.summary}
          </p>
          {node.body ? (
            <div className="mt-4" lang={contentLang}>
              <MarkdownText markdown={node.body} />
            </div>
          ) : null}
          {node.fix ? <OutcomeFix fix={node.fix} language={language} /> : null}
          <FeedbackWidget
            subject={{ kind: 'outcome', tree: tree.id, treeVersion: tree.version, outcome: node.id }}
            question={t('feedbackQuestion')}
            back={local(stepPath(tree.id, node.id, earlier ?? []))}
            words={feedbackWords}
            language={language}
          />
        </>
      )}

      {islands.summary}
      {islands.link}
      {known ? (
        <KnownTicketSummarySlot subject={ticketSubjectOf(tree, node.id, language, state.check)} publicOrigin={origin} />
      ) : (
        <Suspense fallback={null}>
          <TreeGate fallback={null}>
            <TicketSummarySlot publicOrigin={siteConfig.publicUrl} />
          </TreeGate>
        </Suspense>
      )}
      <Suspense fallback={null}>
        <FocusHeadingOnNavigation headingId={STEP_HEADING_ID} />
      </Suspense>
      <StepViewRecorder tree={tree.id} treeVersion={tree.version} step={node.id} language={language} />
    </>
  );
  return (
    <WizardStepProvider treeId={tree.id} treeHref={local(clientTreeHref(tree))} stepId={node.id} language={language} words={words} contentLang={contentLang}>
      {known ? (
        <StepLinkNavigation treeId={tree.id} session={state.check.ok ? { ...state.check.session, stepId: node.id } : undefined}>
          {content}
        </StepLinkNavigation>
      ) : (
        <div className="max-w-3xl">{content}</div>
      )}
    </WizardStepProvider>
  );
}

/** An island of the static step: the server's version until the browser has the tree, then `island`. */
function onceTreeArrives(fallback: ReactNode, island: ReactNode) {
  return (
    <Suspense fallback={fallback}>
      <TreeGate fallback={fallback}>{island}</TreeGate>
    </Suspense>
  );
}
