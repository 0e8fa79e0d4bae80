import path from 'node:path';
import type { SiteSearch } from '@/lib/search/engine';
import type { ValidatedContent } from '@/lib/content/validated-content';
import { loadSearchModels, siteSearchOf } from '@/lib/search/site-search.server';

/**
 * The shipped content plus a few articles written to compete with it (an Edge certificate warning,
 * a 401 behind a proxy, an Outlook password prompt), so ranking is tested against near misses.
 */
export async function loadShippedWithRivals(): Promise<{ models: ValidatedContent; search: SiteSearch }> {
  const shipped = await loadSearchModels(path.resolve('content'));
  const rivals = await loadSearchModels(path.resolve('tests/fixtures/content/search'));
  const models = {
    articles: [...shipped.articles, ...rivals.articles],
    troubleshooters: [...shipped.troubleshooters, ...rivals.troubleshooters],
  };
  return { models, search: siteSearchOf(models) };
}
