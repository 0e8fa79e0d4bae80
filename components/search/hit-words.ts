import { useTranslations } from 'next-intl';
import type { HitWords } from '@/lib/search/query';

/** Reads the result labels from the catalogue's raw messages: the search code fills in their parts. */
export function hitWordsOf(raw: (key: keyof HitWords) => unknown): HitWords {
  return { troubleshooter: String(raw('troubleshooter')), procedureStep: String(raw('procedureStep')), step: String(raw('step')) };
}

/** The labels of search results in the page's language, for a (non-async) server component. */
export function useHitWords(): HitWords {
  const t = useTranslations('SearchHits');
  return hitWordsOf((key) => t.raw(key));
}
