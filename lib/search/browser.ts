import { ShardedSiteSearch } from './sharded-client';
import { SEARCH_INDEX_BASE_PATH } from './sharded-format';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`search index: ${response.status} ${response.statusText} for ${path}`);
  return response.json();
}

/** Fetches the base of the site's index; the search box imports this module only on first focus. */
export function loadSiteSearch(): Promise<ShardedSiteSearch> {
  return ShardedSiteSearch.load(fetchJson, SEARCH_INDEX_BASE_PATH);
}

export type { ShardedSiteSearch };
