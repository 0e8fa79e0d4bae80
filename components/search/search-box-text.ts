/** How many suggestions the header's search box shows at most. */
export const BOX_SUGGESTIONS = 6;

/**
 * The header search box's words in the page's language, translated on the server (the box is a
 * client island and ships no translations): `{query}` is filled in as the reader types, and the
 * count of suggestions is announced from `suggestionCounts[count - 1]`.
 */
export interface SearchBoxWords {
  landmark: string;
  label: string;
  placeholder: string;
  submit: string;
  suggestions: string;
  seeAll: string;
  article: string;
  loading: string;
  unavailable: string;
  noSuggestions: string;
  suggestionCounts: string[];
}
