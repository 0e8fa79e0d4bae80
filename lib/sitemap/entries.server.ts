import 'server-only';
import { listArticles } from '@/lib/content/articles.server';
import { listWizards } from '@/lib/content/wizards.server';
import { HOME_PATH, articlePath, treePath } from '@/lib/paths';
import type { WizardTree } from '@/lib/wizard/schema';
import { newestLastmod, type SitemapEntry } from './protocol';

/**
 * A troubleshooter's date: the newest `updated` of the articles it sends readers to (its main
 * article and each outcome's fix). A tree file carries no date of its own, and a file's time is
 * the checkout's, not the content's; its advice is those articles' advice, so when one of them
 * changes, its result pages change with it.
 */
function treeLastmod(tree: WizardTree, updatedBySlug: ReadonlyMap<string, string>): string | undefined {
  const slugs = [tree.article, ...tree.nodes.map((node) => (node.type === 'outcome' ? node.fix?.article : undefined))];
  return newestLastmod(slugs.flatMap((slug) => (slug && updatedBySlug.has(slug) ? [{ path: '', lastmod: updatedBySlug.get(slug) }] : [])));
}

/** Every page a search engine should know: the home page, every article and each troubleshooter's start. */
export function siteSitemapEntries(): SitemapEntry[] {
  const articles = listArticles();
  const updatedBySlug = new Map(articles.map((article) => [article.slug, article.updated]));
  const articleEntries = articles.map((article) => ({ path: articlePath(article.slug), lastmod: article.updated }));
  const treeEntries = listWizards().map((tree) => ({ path: treePath(tree.id), lastmod: treeLastmod(tree, updatedBySlug) }));
  return [{ path: HOME_PATH, lastmod: newestLastmod(articleEntries) }, ...articleEntries, ...treeEntries];
}
