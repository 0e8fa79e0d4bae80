/**
 * Next calls `register` once when a server starts, and the server takes no request before it has
 * finished (https://nextjs.org/docs/app/guides/instrumentation). A production server uses it to
 * load the article compiler before its first reader asks for an article (issue 26: the server's
 * very first article render within 1 s at 10,000 articles). Not during `next build`, whose
 * workers compile what they prerender anyway, nor in development, where a restart should be quick.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { warmUpArticleRendering } = await import('./lib/content/articles.server');
    // A failed warm-up only means the first article request loads the compiler itself, as before;
    // that request reports any content error the way every page does.
    await warmUpArticleRendering().catch((error: unknown) => console.warn('article compiler warm-up failed:', error));
  }
}
