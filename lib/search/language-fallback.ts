import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { localizePath, splitLanguagePath } from '@/lib/paths';
import type { SearchPage } from './documents';

/**
 * A translation language's search: its own index holds only the pages translated into it, and the
 * English index answers for every other page. Indexing the untranslated pages in the language's
 * index too made a second index of the whole site (at 10,000 articles with five translated, a
 * second 10,000-article index and a prerender of every page for nothing); querying the English index
 * for them costs a page's reader one more base file. These pure helpers are what the server's
 * /search page and the browser's box share, so both merge the same way.
 */

/** A result with the score it was ranked by. */
export interface Scored<T> {
  score: number;
  item: T;
}

/** The numbers of the English pages that `translated` (a language index's pages) stand for, ascending. */
export function translatedSourcePages(translated: readonly SearchPage[], source: readonly SearchPage[]): number[] {
  const sourcePage = new Map(source.map((page, index) => [page.path, index]));
  return translated
    .flatMap((page) => sourcePage.get(splitLanguagePath(page.path).path) ?? [])
    .sort((a, b) => a - b);
}

/**
 * A page of the English index as a result on a page in `language` shows it: its link in that
 * language (the English text under the language's interface) and marked English.
 */
export function fallbackPage(page: SearchPage, language: SiteLanguage): SearchPage {
  return { ...page, path: localizePath(language, page.path), language: SOURCE_LANGUAGE };
}

/**
 * The language's own results and the English ones of untranslated pages as one list, best score
 * first, at most `limit`. Both are BM25 with the same field weights, so the scores compare; on a tie
 * the reader's language comes first. The two never share a page (the English side skipped the
 * translated ones), so each list's limit per page holds in the merged one.
 */
export function mergeByScore<T>(own: readonly Scored<T>[], fallback: readonly Scored<T>[], limit: number): T[] {
  const merged: T[] = [];
  let o = 0;
  let f = 0;
  while (merged.length < limit && (o < own.length || f < fallback.length)) {
    const next = f >= fallback.length || (o < own.length && (own[o] as Scored<T>).score >= (fallback[f] as Scored<T>).score) ? own[o++] : fallback[f++];
    merged.push((next as Scored<T>).item);
  }
  return merged;
}
