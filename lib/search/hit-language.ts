import type { SiteLanguage } from '@/lib/i18n/site-languages';
import type { SearchHit } from './query';

// Its own module, with types only beside it: the header's search box uses it without loading the search code.
/**
 * Hits shown on a page in `pageLanguage` from an index built in `indexLanguage`: when the two differ
 * (the test-only pseudo-language searches the English index), every hit's text is the index's
 * language, and says so like an untranslated page's.
 */
export function hitsInLanguage(hits: SearchHit[], indexLanguage: SiteLanguage, pageLanguage: SiteLanguage): SearchHit[] {
  return indexLanguage === pageLanguage ? hits : hits.map((hit) => (hit.language ? hit : { ...hit, language: indexLanguage }));
}
