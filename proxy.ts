import { NextResponse, type NextRequest } from 'next/server';
import { decideAllArticlesPage } from '@/lib/content/all-articles-pages';
import { isArticleSlug } from '@/lib/content/article-files.server';
import { listArticles, replacementOfSlug } from '@/lib/content/article-list.server';
import { decideBrowsePage, type BrowsePageDecision } from '@/lib/content/browse-pages';
import { getWizard } from '@/lib/content/wizards.server';
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import { MISSING_STEP_HEADER, NOT_FOUND_LANGUAGE_HEADER } from '@/lib/not-found';
import { ALL_ARTICLES_PATH, articlePath, localizePath, parseSitePath, splitLanguagePath } from '@/lib/paths';
import { requestOrigin } from '@/lib/request-origin';
import { safeDecodeURIComponent } from '@/lib/safe-decode';
import { siteConfig } from '@/lib/site-config';
import { decideStepPath } from '@/lib/wizard/url';

/** No route answers here, so Next serves the 404 page (app/global-not-found.tsx) with a 404 status. */
const NOT_FOUND_PATH = '/_fixpath/not-found';

/**
 * Serves every page in its language, and guards the routes with dynamic segments before Next renders them.
 * - Pages live under app/[lang]/. English keeps its unprefixed URLs, so its requests are rewritten
 *   to `/en/…`; another language's (`/de/…`) reach their route as they are. `/en/…` itself is never
 *   written: it answers 308 to the unprefixed URL. Everything below is decided on the path without
 *   the prefix, and every redirect keeps the language.
 * - A segment that is not valid percent-encoding (`%E0%A4%A`, a link cut short) makes Next answer
 *   a bare 500 (vercel/next.js#92527); here it gets the site's 404 page like any dead link.
 * - Articles beyond the prerendered newest ones, and the pages of tags and products, render on
 *   their first request. For a URL no page answers, Next would render notFound() from such a page
 *   as an empty document that only JavaScript fills in (vercel/next.js#95613), and a pasted link
 *   must work without it: so those are settled here with the full 404 page (or, for a page number
 *   past the end, the last page there is). Later pages of /articles are settled the same way.
 * - An article's old slug (its `redirectFrom`) answers 308 to the article, and a troubleshooter
 *   step's old id (the tree's `redirects`, chains followed) 308 to the live step, query kept, so
 *   published links keep working, answers and all.
 * - Steps beyond the prerendered ones render on their first request too. A link to a step that
 *   does not exist (any more) gets the 404 page with that troubleshooter's start offered first,
 *   and one to an unknown troubleshooter the plain 404 page, also without JavaScript.
 * - A step link whose answers give an option the tree has retired is sent (307) back to the
 *   question that changed, and that URL (it carries `changed=`) renders the per-request variant
 *   of the step that shows the notice, so ordinary steps stay static and cached.
 * - A page load of a step with answers renders what the browser would show, without JavaScript:
 *   answers that lead to the step are rewritten into the path of a cached variant, any others to
 *   a per-request one with the notice (lib/wizard/url.ts decides).
 */
export function proxy(request: NextRequest) {
  const { search } = request.nextUrl;
  const { language, path: pathname, prefixed } = splitLanguagePath(request.nextUrl.pathname);
  // Only this proxy may name the troubleshooter of a missing step, or the language, to the 404 page,
  // which also answers any path no route has (hence on every rewrite).
  const forwarded = (missingStepOf?: string) => {
    const headers = new Headers(request.headers);
    headers.delete(MISSING_STEP_HEADER);
    if (missingStepOf) headers.set(MISSING_STEP_HEADER, missingStepOf);
    headers.set(NOT_FOUND_LANGUAGE_HEADER, language);
    return { request: { headers } };
  };
  const notFound = (missingStepOf?: string) => NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), forwarded(missingStepOf));
  /** The page's route: app/[lang]/ holds every language's, English's included. */
  const render = (routePath = pathname, query = search) =>
    NextResponse.rewrite(new URL(`/${language}${routePath === '/' ? '' : routePath}${query}`, request.url), forwarded());
  const redirect = (to: string, status: 307 | 308) => NextResponse.redirect(new URL(localizePath(language, to), request.url), status);
  const settle = (decision: BrowsePageDecision) => {
    if (decision.action === 'render') return render();
    if (decision.action === 'not-found') return notFound();
    return redirect(decision.to + search, decision.permanent ? 308 : 307);
  };
  if (safeDecodeURIComponent(request.nextUrl.pathname) === undefined) return notFound();
  // The generated files of fixes are the same in every language: only the guard above is theirs.
  if (!prefixed && pathname.startsWith('/fixes/')) return NextResponse.next();
  if (prefixed && language === SOURCE_LANGUAGE) return NextResponse.redirect(new URL(pathname + search, request.url), 308);

  const route = parseSitePath(pathname);
  if (route?.kind === 'all-articles-page') {
    return settle(decideAllArticlesPage(pathname, listArticles().length, siteConfig.allArticlesPageSize));
  }
  if (pathname.startsWith(`${ALL_ARTICLES_PATH}/`)) {
    const slug = route?.kind === 'article' ? safeDecodeURIComponent(route.slug) : undefined;
    if (slug && isArticleSlug(slug)) return render();
    const replacement = slug ? replacementOfSlug(slug) : undefined;
    // Permanent: the old slug will never be an article again. The query is kept here; browsers
    // carry the #fragment over a redirect themselves.
    return replacement ? redirect(articlePath(replacement) + search, 308) : notFound();
  }
  if (route?.kind === 'browse') return settle(decideBrowsePage(pathname, listArticles(), siteConfig.browsePageSize));
  const step = decideStepPath(pathname, getWizard, {
    query: request.nextUrl.searchParams,
    origin: siteConfig.publicUrl ?? requestOrigin(request.headers) ?? request.nextUrl.origin,
    // Next hides its router's own headers (`rsc`, …) from the proxy; the browser's Fetch Metadata
    // says a script fetched this (`empty`), not a page load (`document`). A client that sends no
    // Fetch Metadata gets the page load's answer, which is right for either.
    fromRouter: request.headers.get('sec-fetch-dest') === 'empty',
  });
  switch (step.action) {
    case 'render':
      return render();
    case 'moved':
      return redirect(step.to + search, 308);
    case 'redirect':
      return redirect(step.to, 307);
    case 'rewrite':
      return render(step.to, step.keepQuery === false ? '' : search);
    case 'not-found':
      return notFound(step.missingStepOf?.id);
  }
}

// Every page, and the generated files of fixes (for the guard against broken encoding); not Next's
// own files, the API, the insights area, the sitemap, robots.txt, the icon or the search index
// (public/), which are the same in every language.
export const config = {
  matcher: ['/((?!_next/|api/|insights|sitemap|robots\\.txt|icon\\.svg|search-index|_fixpath/).*)'],
};
