import 'server-only';
import { getArticleOutline, listArticles } from '@/lib/content/articles.server';
import { contentDir } from '@/lib/content/content-dir.server';
import { listWizards } from '@/lib/content/wizards.server';
import type { OutlinedArticle, ValidatedContent } from '@/lib/content/validated-content';
import { searchCorpus } from './documents';
import { buildSiteSearch, type SiteSearch } from './engine';

/** Loads a content folder's models; fails loudly on invalid content, as the pages do. */
export async function loadSearchModels(root = contentDir()): Promise<ValidatedContent> {
  const articles: OutlinedArticle[] = [];
  for (const summary of listArticles(root)) {
    const article = await getArticleOutline(summary.slug, root);
    if (article) articles.push(article);
  }
  return { articles, troubleshooters: listWizards(root) };
}

/** The site's index over loaded models: the server's /search page and the browser's split files both start here. */
export function siteSearchOf({ articles, troubleshooters }: ValidatedContent): SiteSearch {
  return buildSiteSearch(searchCorpus(articles, troubleshooters));
}

const built = new Map<string, Promise<SiteSearch>>();

/**
 * The site's index, built once per process and content folder on the first /search request on the
 * server, from the outlines the build's content check left cached (nothing is compiled).
 */
export function getSiteSearch(root = contentDir()): Promise<SiteSearch> {
  let entry = built.get(root);
  if (!entry) {
    entry = loadSearchModels(root).then(siteSearchOf);
    built.set(root, entry);
    // A failed build is not cached: the next request tries again rather than failing forever.
    entry.catch(() => built.delete(root));
  }
  return entry;
}
