import 'server-only';
import { listArticles } from '@/lib/content/articles.server';
import { articleLanguages, treeLanguages } from '@/lib/content/localized-content.server';
import { listWizards } from '@/lib/content/wizards.server';
import { TRANSLATION_LANGUAGE_IDS } from '@/lib/i18n/languages';
import { HOME_PATH, articlePath, localizePath, treePath } from '@/lib/paths';
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

/**
 * Every page a search engine should know: the home page, every article and each troubleshooter's
 * start, in English and in each language it is translated into (an untranslated page in another
 * language names the English one as canonical, so it is not listed).
 */
export function siteSitemapEntries(): SitemapEntry[] {
  const articles = listArticles();
  const updatedBySlug = new Map(articles.map((article) => [article.slug, article.updated]));
  const articleEntries = articles.flatMap((article) =>
    articleLanguages(article.slug).map((language) => ({ path: localizePath(language, articlePath(article.slug)), lastmod: article.updated })),
  );
  const treeEntries = listWizards().flatMap((tree) =>
    treeLanguages(tree.id).map((language) => ({ path: localizePath(language, treePath(tree.id)), lastmod: treeLastmod(tree, updatedBySlug) })),
  );
  const lastmod = newestLastmod(articleEntries);
  const homes = [HOME_PATH, ...TRANSLATION_LANGUAGE_IDS.map((language) => localizePath(language, HOME_PATH))].map((path) => ({ path, lastmod }));
  return [...homes, ...articleEntries, ...treeEntries];
}
