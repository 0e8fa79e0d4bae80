import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { ShardedSiteSearch, type SiteSearchClient } from './sharded-client';

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`search index: ${response.status} ${response.statusText} for ${path}`);
  return response.json();
}

/**
 * Fetches the base file(s) of a site language's search (sharded-client.ts loadLanguage: a
 * translation language's and the English one); the search box imports this module only on first focus.
 */
export function loadSiteSearch(language: SiteLanguage): Promise<SiteSearchClient> {
  return ShardedSiteSearch.loadLanguage(fetchJson, language);
}

export type { SiteSearchClient };
