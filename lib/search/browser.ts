import { fromSearchIndexFile, type SiteSearch } from './engine';

export { searchSite } from './query';

/** Where the build writes the index (app/search-index.json/route.ts). */
export const SEARCH_INDEX_URL = '/search-index.json';

/** Fetches and revives the site's index; the search box imports this module only on first focus. */
export async function fetchSiteSearch(url = SEARCH_INDEX_URL): Promise<SiteSearch> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: ${response.status} ${response.statusText}`);
  return fromSearchIndexFile(await response.json());
}
