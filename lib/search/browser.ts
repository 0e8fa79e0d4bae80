import { ShardedSiteSearch } from './sharded-client';
import { SEARCH_INDEX_BASE_PATH } from './sharded-format';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`search index: ${response.status} ${response.statusText} for ${path}`);
  return response.json();
}

/**
 * Fetches the base of a language's index (`searchIndexBasePath(language)`, English by default); the
 * search box imports this module only on first focus.
 */
export function loadSiteSearch(basePath = SEARCH_INDEX_BASE_PATH): Promise<ShardedSiteSearch> {
  return ShardedSiteSearch.load(fetchJson, basePath);
}

export type { ShardedSiteSearch };
