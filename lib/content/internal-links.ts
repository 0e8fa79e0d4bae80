import { withSuggestion } from '@/lib/nearest-names';

/** What exists on the site, so a link can be checked before it is published. */
export interface SiteIndex {
  /** Article slug → ids of its headings, procedures and steps. */
  anchorsBySlug: ReadonlyMap<string, ReadonlySet<string>>;
  /** Troubleshooter id → its live step ids and redirected ids. */
  stepsByTree: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Articles and troubleshooters whose file exists but failed its own check: what they hold is
   * unknown, so links to them are not judged (their own problems say what to fix first).
   */
  unchecked?: { articles: ReadonlySet<string>; trees: ReadonlySet<string> };
}

/** Routes that exist outside content, so links to them are not reported as broken. */
const SITE_ROUTES = new Set(['/', '/articles', '/wizard']);

/**
 * Why an internal link is broken, or undefined when it leads somewhere real. `currentSlug` resolves
 * `#anchor` links inside an article.
 */
export function brokenLinkMessage(href: string, site: SiteIndex, currentSlug?: string): string | undefined {
  const [pathPart = '', fragment] = href.split('#');
  const pathname = pathPart.split('?')[0] ?? '';
  if (pathname === '' && fragment !== undefined) {
    if (currentSlug === undefined) return `link "${href}": a bare #anchor has no page here; link to /articles/<slug>#${fragment}`;
    const anchors = site.anchorsBySlug.get(currentSlug);
    if (!anchors || anchors.has(fragment)) return undefined;
    return withSuggestion(`link "${href}": no heading or step with id "${fragment}" in this article`, fragment, anchors);
  }
  const articleMatch = /^\/articles\/([^/]+)\/?$/.exec(pathname);
  if (articleMatch?.[1]) {
    const slug = articleMatch[1];
    if (site.unchecked?.articles.has(slug)) return undefined;
    const anchors = site.anchorsBySlug.get(slug);
    if (!anchors) return withSuggestion(`link "${href}": article "${slug}" does not exist`, slug, site.anchorsBySlug.keys());
    if (fragment && !anchors.has(fragment)) {
      return withSuggestion(`link "${href}": article "${slug}" has no heading or step with id "${fragment}"`, fragment, anchors);
    }
    return undefined;
  }
  const wizardMatch = /^\/wizard\/([^/]+)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (wizardMatch?.[1]) {
    const treeId = wizardMatch[1];
    if (site.unchecked?.trees.has(treeId)) return undefined;
    const steps = site.stepsByTree.get(treeId);
    if (!steps) return withSuggestion(`link "${href}": troubleshooter "${treeId}" does not exist`, treeId, site.stepsByTree.keys());
    const step = wizardMatch[2];
    if (step && step !== 'map' && !steps.has(step)) return withSuggestion(`link "${href}": troubleshooter "${treeId}" has no step "${step}"`, step, steps);
    return undefined;
  }
  return SITE_ROUTES.has(pathname) ? undefined : `link "${href}": no page at ${pathname}`;
}
