import { useLocale, useTranslations } from 'next-intl';
import { linkedText, markLink, pluralTextOf } from '@/lib/i18n/client-text';
import type { CopyWords } from '@/lib/i18n/messages/copy-words';
import { en } from '@/lib/i18n/messages/en';
import { ANSWERS_PROBLEM_PLACEHOLDERS, type AnswersProblemKey, type AnswersProblemWords } from '@/lib/wizard/answers-problem';
import type { WizardWords } from './wizard-text';

/** The copy buttons' words for the page's language, for a server component to pass on. */
export function useCopyWords(): CopyWords {
  const t = useTranslations('Copy');
  return { copy: t('copy'), copyLink: t('copyLink'), copied: t('copied'), failed: t('failed') };
}

/** The step islands' words for the page's language (a sync server component passes them on). */
export function useWizardWords(): WizardWords {
  const language = useLocale();
  const t = useTranslations('Wizard');
  const panel = useTranslations('TicketPanel');
  const summary = useTranslations('TicketSummary');
  return {
    answersLabel: t('answersLabel'),
    progressQuestion: t('progressQuestion', { number: '{number}', max: '{max}' }),
    progressResult: pluralTextOf(language, (count) => t('progressResult', { count })),
    bare: linkedText(t.markup('bare', { start: markLink })),
    invalidHeading: t('invalidHeading'),
    invalid: linkedText(t.markup('invalid', { reason: '{reason}', start: markLink })),
    answersProblems: useAnswersProblemWords(),
    mayHaveChanged: linkedText(t.markup('mayHaveChanged', { go: markLink })),
    restart: t('restart'),
    navigation: t('navigation'),
    yourAnswers: t('yourAnswers'),
    noAnswersYet: t('noAnswersYet'),
    change: t('change'),
    changeLabel: t('changeLabel', { question: '{question}' }),
    currentStep: t('currentStep'),
    back: t('back'),
    stepLinkHeading: t('stepLinkHeading'),
    stepLinkHint: t('stepLinkHint'),
    copyStepLink: t('copyStepLink'),
    copy: useCopyWords(),
    ticket: {
      heading: panel('heading'),
      atOutcome: panel('atOutcome'),
      atQuestion: panel('atQuestion'),
      format: panel('format'),
      formats: {
        markdown: { label: panel('markdown'), pastedInto: panel('markdownFor') },
        jira: { label: panel('jira'), pastedInto: panel('jiraFor') },
        text: { label: panel('text'), pastedInto: panel('textFor') },
      },
      preparing: panel('preparing'),
      copyAs: panel('copyAs', { format: '{format}' }),
      copy: panel('copy'),
      previewAs: panel('previewAs', { format: '{format}' }),
      summary: {
        troubleshooter: summary('troubleshooter'),
        answers: summary('answers'),
        answersSoFar: summary('answersSoFar'),
        none: summary('none'),
        stoppedAt: summary('stoppedAt'),
        outcome: summary('outcome'),
        fix: summary('fix'),
        howToFix: summary('howToFix'),
        stepsInArticle: summary('stepsInArticle'),
        stepsInEnglishMissing: summary('stepsInEnglishMissing'),
        stepsInEnglishStale: summary('stepsInEnglishStale'),
        makeChange: summary('makeChange', { tool: '{tool}' }),
        fixInArticle: summary('fixInArticle'),
        thisStep: summary('thisStep'),
        step: summary('step'),
        registryValue: summary('registryValue'),
        registryKey: summary('registryKey'),
        value: summary('value'),
        key: summary('key'),
        name: summary('name'),
        type: summary('type'),
        data: summary('data'),
        note: summary('note'),
      },
    },
  };
}

/** Why a link's answers cannot be used, every message in the page's language with its parameters left to fill in. */
function useAnswersProblemWords(): AnswersProblemWords {
  const t = useTranslations('AnswersProblem');
  const keys = Object.keys(en.AnswersProblem) as AnswersProblemKey[];
  return Object.fromEntries(keys.map((key) => [key, t(key, ANSWERS_PROBLEM_PLACEHOLDERS)])) as Record<AnswersProblemKey, string>;
}
