/**
 * `prebuild`: the content check, then the search index, in one process, so the index reuses what
 * the check has just read (in two processes, a 1,000-article site loaded every article twice).
 * The check exits with code 1 on a problem, so a broken content folder never gets an index or a
 * build. Imported in turn, not side by side: each runs when imported.
 */
export {};

await import('./content-check');
await import('./search-index');
