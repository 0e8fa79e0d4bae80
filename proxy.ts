import { NextResponse, type NextRequest } from 'next/server';
import { isArticleSlug } from '@/lib/content/article-files.server';
import { listArticles } from '@/lib/content/article-list.server';
import { decideBrowsePage } from '@/lib/content/browse-pages';
import { getWizard } from '@/lib/content/wizards.server';
import { siteConfig } from '@/lib/site-config';
import { resolveStep } from '@/lib/wizard/url';

/** No route answers here, so Next serves its prerendered 404 page with a 404 status. */
const NOT_FOUND_PATH = '/_fixpath/not-found';

const ARTICLE = /^\/articles\/([^/]+)$/;
const WIZARD_STEP = /^\/wizard\/([^/]+)\/([^/]+)$/;
/** Pages beside the steps under /wizard/<tree>/: prerendered, so Next's own 404 covers them. */
const TREE_PAGES = new Set(['map', 'tree.json']);

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function isArticlePath(pathname: string): boolean {
  const slug = decoded(ARTICLE.exec(pathname)?.[1] ?? '');
  return slug !== undefined && isArticleSlug(slug);
}

/** Whether a step page would render: renamed ids never get here (next.config.mjs redirects them). */
function isStepPath(treeSegment: string, stepSegment: string): boolean {
  const [treeId, stepId] = [decoded(treeSegment), decoded(stepSegment)];
  const tree = treeId === undefined ? undefined : getWizard(treeId);
  return tree !== undefined && stepId !== undefined && resolveStep(tree, stepId).kind !== 'missing';
}

/**
 * Pages that render on their first request: articles beyond the prerendered newest ones,
 * troubleshooter steps, and the later pages of tags and products. For a URL no page answers, Next
 * would render notFound() from such a page as an empty document that only JavaScript fills in
 * (vercel/next.js#95613), and a pasted link must work without it: so those are answered here,
 * before the route renders, with the site's full 404 page (or, for a page number past the end, the
 * last page there is).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const notFound = () => NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  if (pathname.startsWith('/articles/')) return isArticlePath(pathname) ? NextResponse.next() : notFound();

  const step = WIZARD_STEP.exec(pathname);
  if (step) {
    const [, tree, stepId] = step as unknown as [string, string, string];
    return TREE_PAGES.has(stepId) || isStepPath(tree, stepId) ? NextResponse.next() : notFound();
  }

  const decision = decideBrowsePage(pathname, listArticles(), siteConfig.browsePageSize);
  if (decision.action === 'render') return NextResponse.next();
  if (decision.action === 'not-found') return notFound();
  return NextResponse.redirect(new URL(decision.to + search, request.url), decision.permanent ? 308 : 307);
}

export const config = {
  matcher: ['/articles/:slug', '/wizard/:tree/:step', '/tags/:slug/page/:number', '/products/:slug/page/:number'],
};
