import { getArticle, listArticles } from '@/lib/content/articles.server';
import { contentDir } from '@/lib/content/content-dir.server';
import { listWizards } from '@/lib/content/wizards.server';
import type { WizardTree } from '@/lib/wizard/schema';
import { searchCorpus, type ArticleForSearch } from './documents';
import { buildSiteSearch, type SiteSearch } from './engine';
import { shardSiteSearch } from './sharded';
import type { ShardedIndex } from './sharded-format';

/** The validated models the index is built from: compiled articles (for their sections) and troubleshooters. */
export interface SearchModels {
  articles: ArticleForSearch[];
  troubleshooters: WizardTree[];
}

/** Loads a content folder's models; fails loudly on invalid content, as the pages do. */
export async function loadSearchModels(root = contentDir()): Promise<SearchModels> {
  const articles: ArticleForSearch[] = [];
  for (const summary of listArticles(root)) {
    const article = await getArticle(summary.slug, root);
    if (article) articles.push(article);
  }
  return { articles, troubleshooters: listWizards(root) };
}

const built = new Map<string, Promise<SiteSearch>>();

/**
 * The site's index, built once per process and content folder: at build time for /search-index.json,
 * and on the first /search request on the server, which reuses the compiled articles when it can.
 */
export function getSiteSearch(root = contentDir()): Promise<SiteSearch> {
  let entry = built.get(root);
  if (!entry) {
    entry = loadSearchModels(root).then(({ articles, troubleshooters }) => buildSiteSearch(searchCorpus(articles, troubleshooters)));
    built.set(root, entry);
    // A failed build is not cached: the next request tries again rather than failing forever.
    entry.catch(() => built.delete(root));
  }
  return entry;
}

const sharded = new Map<string, Promise<ShardedIndex>>();

/** The browser's split index (base, term shards, page chunks), cut once per process from the site's index. */
export function getShardedIndex(root = contentDir()): Promise<ShardedIndex> {
  let entry = sharded.get(root);
  if (!entry) {
    entry = getSiteSearch(root).then(shardSiteSearch);
    sharded.set(root, entry);
    entry.catch(() => sharded.delete(root));
  }
  return entry;
}
