import { NextResponse, type NextRequest } from 'next/server';
import { isArticleSlug } from '@/lib/content/article-files.server';
import { listArticles } from '@/lib/content/article-list.server';
import { decideBrowsePage } from '@/lib/content/browse-pages';
import { siteConfig } from '@/lib/site-config';

const ARTICLE_PREFIX = '/articles/';
/** No route answers here, so Next serves its prerendered 404 page with a 404 status. */
const NOT_FOUND_PATH = '/_fixpath/not-found';

function slugOf(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname.slice(ARTICLE_PREFIX.length));
  } catch {
    return undefined;
  }
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
}

/**
 * Pages that render on their first request: articles beyond the prerendered newest ones, and the
 * later pages of tags and products. For a URL no page answers, Next would render notFound() from
 * such a page as an empty document that only JavaScript fills in (vercel/next.js#95613), and a
 * pasted link must work without it: so those are answered here, before the route renders, with
 * the site's full 404 page (or, for a page number past the end, the last page there is).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith(ARTICLE_PREFIX)) {
    const slug = slugOf(pathname);
    return slug !== undefined && isArticleSlug(slug) ? NextResponse.next() : notFound(request);
  }
  const decision = decideBrowsePage(pathname, listArticles(), siteConfig.browsePageSize);
  if (decision.action === 'render') return NextResponse.next();
  if (decision.action === 'not-found') return notFound(request);
  return NextResponse.redirect(new URL(decision.to + search, request.url), decision.permanent ? 308 : 307);
}

export const config = { matcher: ['/articles/:slug', '/tags/:slug/page/:number', '/products/:slug/page/:number'] };
