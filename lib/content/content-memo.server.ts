/**
 * Parsed content kept for the life of a production process, per content folder.
 *
 * `next build` renders every page in one worker, and each page lists the articles (related
 * articles, browse pages) or the troubleshooters: re-reading and re-validating a thousand files per
 * page made the build quadratic. A built site's content never changes while it runs, so production
 * parses once. In development every call reads the files again, so an author's edit shows at once.
 */
import 'server-only';

const memo = new Map<string, unknown>();

export function onceInProduction<T>(key: string, compute: () => T): T {
  if (process.env.NODE_ENV !== 'production') return compute();
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
}
