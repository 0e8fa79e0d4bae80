import { NextResponse, type NextRequest } from 'next/server';
import { isArticleSlug } from '@/lib/content/article-files.server';

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

/**
 * Articles beyond the prerendered newest ones render on their first request. For a slug no article
 * has, Next would render notFound() from such a page as an empty document that only JavaScript
 * fills in (vercel/next.js#95613), and a pasted link must work without it: so unknown slugs are
 * answered here, before the route renders, with the site's full 404 page.
 */
export function proxy(request: NextRequest) {
  const slug = slugOf(request.nextUrl.pathname);
  if (slug !== undefined && isArticleSlug(slug)) return NextResponse.next();
  return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
}

export const config = { matcher: '/articles/:slug' };
