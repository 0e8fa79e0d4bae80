import 'server-only';
import { getArticleOutline, listArticles } from '@/lib/content/articles.server';
import { contentDir } from '@/lib/content/content-dir.server';
import { languageContentOf } from '@/lib/content/language-content.server';
import { listWizards } from '@/lib/content/wizards.server';
import type { LanguageContent, OutlinedArticle, ValidatedContent } from '@/lib/content/validated-content';
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import { PSEUDO_LANGUAGE } from '@/lib/i18n/pseudo-language';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { analysisOf } from './analyses';
import { searchCorpus, searchCorpusBlocks } from './documents';
import { buildBlockedSiteSearch, buildSiteSearch, type BlockedSiteSearch, type SiteSearch } from './engine';
import { hitsInLanguage } from './hit-language';
import type { IndexBlockCache } from './index-blocks';
import { searchSite, searchWithFallback, type HitWords, type SearchHit, type SearchLimits } from './query';

/** Loads a content folder's models; fails loudly on invalid content, as the pages do. */
export async function loadSearchModels(root = contentDir()): Promise<ValidatedContent> {
  const articles: OutlinedArticle[] = [];
  for (const summary of listArticles(root)) {
    const article = await getArticleOutline(summary.slug, root);
    if (article) articles.push(article);
  }
  return { articles, troubleshooters: listWizards(root) };
}

/**
 * The site's index over loaded models: the server's /search page and the browser's split files
 * both start here. English models (ValidatedContent) build the English index exactly as before
 * translations; a language's translated content (languageContentOf) builds that language's.
 * The build passes a cache of index blocks (scripts/search-index-cache.ts); the server needs none.
 */
export function siteSearchOf(models: ValidatedContent | LanguageContent): SiteSearch {
  return buildSiteSearch(searchCorpus(models.articles, models.troubleshooters, languageOf(models)), analysisOf(languageOf(models)));
}

/**
 * siteSearchOf for the build, with a cache of index blocks (scripts/search-index-cache.ts): a block the
 * cache holds never makes its documents, so the articles' sections are read for the other blocks only.
 */
export function builtSiteSearchOf(models: ValidatedContent | LanguageContent, cache?: IndexBlockCache): BlockedSiteSearch {
  return buildBlockedSiteSearch(searchCorpusBlocks(models.articles, models.troubleshooters, languageOf(models)), analysisOf(languageOf(models)), cache);
}

function languageOf(models: ValidatedContent | LanguageContent): SiteLanguage {
  return 'language' in models ? models.language : SOURCE_LANGUAGE;
}

/** A content folder's models in a site language: the English models, or the language's translated part (languageContentOf). */
async function loadLanguageModels(root: string, language: SiteLanguage): Promise<ValidatedContent | LanguageContent> {
  const english = await loadSearchModels(root);
  return language === SOURCE_LANGUAGE || language === PSEUDO_LANGUAGE ? english : languageContentOf(english, language, root);
}

const built = new Map<string, Promise<SiteSearch>>();

/**
 * A language's index (English by default), built once per process, content folder and language on
 * the first /search request in that language, from the outlines the build's content check left
 * cached (nothing is compiled).
 */
export function getSiteSearch(root = contentDir(), requested: SiteLanguage = SOURCE_LANGUAGE): Promise<SiteSearch> {
  // The test-only pseudo-language has no content of its own: it searches the English index.
  const language = requested === PSEUDO_LANGUAGE ? SOURCE_LANGUAGE : requested;
  const key = `${language}:${root}`;
  let entry = built.get(key);
  if (!entry) {
    entry = loadLanguageModels(root, language).then(siteSearchOf);
    built.set(key, entry);
    // A failed build is not cached: the next request tries again rather than failing forever.
    entry.catch(() => built.delete(key));
  }
  return entry;
}

/**
 * The results the /search page shows for a query in a site language (its index is built on first
 * use), labelled with `words` from the page's catalogue (English when not given). In a translation
 * language, the English index answers for the pages not translated yet, as in the search box.
 */
export async function searchSiteIn(language: SiteLanguage, query: string, limits: Partial<SearchLimits> = {}, words?: HitWords): Promise<SearchHit[]> {
  const root = contentDir();
  const english = await getSiteSearch(root, SOURCE_LANGUAGE);
  if (language === SOURCE_LANGUAGE) return searchSite(english, query, limits, words);
  // The test-only pseudo-language has no index of its own: every hit is an English page, and says so.
  if (language === PSEUDO_LANGUAGE) return hitsInLanguage(searchSite(english, query, limits, words), SOURCE_LANGUAGE, language);
  return searchWithFallback(await getSiteSearch(root, language), english, query, limits, words);
}
