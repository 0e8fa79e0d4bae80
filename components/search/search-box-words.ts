import { useTranslations } from 'next-intl';
import { BOX_SUGGESTIONS, type SearchBoxWords } from './search-box-text';

/** The search box's words for the page's language (a server component passes them to the island). */
export function useSearchBoxWords(): SearchBoxWords {
  const t = useTranslations('SearchBox');
  const query = '{query}';
  return {
    landmark: t('landmark'),
    label: t('label'),
    placeholder: t('placeholder'),
    submit: t('submit'),
    suggestions: t('suggestions'),
    seeAll: t('seeAll', { query }),
    article: t('article'),
    loading: t('loading'),
    unavailable: t('unavailable'),
    noSuggestions: t('noSuggestions', { query }),
    suggestionCounts: Array.from({ length: BOX_SUGGESTIONS }, (_, index) => t('suggestionCount', { count: index + 1 })),
  };
}
