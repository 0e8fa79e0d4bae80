import { useLocale, useTranslations } from 'next-intl';
import { pluralTextOf } from '@/lib/i18n/client-text';
import { findingWordsOf } from '@/lib/i18n/finding-words';
import { en } from '@/lib/i18n/messages/en';
import { PAGE_ONLY_KEYS, SPECIAL_KEYS, type DiagnoseTextKey, type DiagnoseWords } from './diagnose-text';

/** Every argument a Diagnose message takes, left as `{name}` for the tool to fill in. */
const PLACEHOLDERS = Object.fromEntries(
  ['label', 'format', 'count', 'number', 'status', 'offers', 'scheme', 'token', 'inner', 'realm', 'declared', 'kind'].map((name) => [name, `{${name}}`]),
);

const TEXT_KEYS = (Object.keys(en.Diagnose) as (keyof typeof en.Diagnose)[]).filter(
  (key): key is DiagnoseTextKey => !(PAGE_ONLY_KEYS as readonly string[]).includes(key) && !(SPECIAL_KEYS as readonly string[]).includes(key),
);

/** The diagnose tool's words for the page's language (the page passes them to the island). */
export function useDiagnoseWords(): DiagnoseWords {
  const t = useTranslations('Diagnose');
  const findingsT = useTranslations('DiagnoseFindings');
  const language = useLocale();
  return {
    language,
    text: Object.fromEntries(TEXT_KEYS.map((key) => [key, t(key, PLACEHOLDERS)])) as Record<DiagnoseTextKey, string>,
    findingCount: pluralTextOf(language, (count) => t('findingCount', { count })),
    answersFilledIn: pluralTextOf(language, (count) => t('answersFilledIn', { count })),
    pasteHint: t.rich('pasteHint', { code: (chunks) => <code>{chunks}</code> }),
    findings: findingWordsOf(language, (key, values) => findingsT(key, values)),
  };
}
