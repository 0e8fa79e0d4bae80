import { withSuggestion } from '@/lib/nearest-names';
import { articlePath, parseSitePath, type SitePath } from '@/lib/paths';

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

/** Lists that exist outside content, so links to them are not reported as broken. */
const SITE_LISTS: ReadonlySet<SitePath['kind']> = new Set(['home', 'all-articles', 'trees']);

/**
 * Why an internal link is broken, or undefined when it leads somewhere real. `currentSlug` resolves
 * `#anchor` links inside an article.
 */
export function brokenLinkMessage(href: string, site: SiteIndex, currentSlug?: string): string | undefined {
  const [pathPart = '', fragment] = href.split('#');
  const pathname = pathPart.split('?')[0] ?? '';
  if (pathname === '' && fragment !== undefined) {
    if (currentSlug === undefined) return `link "${href}": a bare #anchor has no page here; link to ${articlePath('<slug>', fragment)}`;
    const anchors = site.anchorsBySlug.get(currentSlug);
    if (!anchors || anchors.has(fragment)) return undefined;
    return withSuggestion(`link "${href}": no heading or step with id "${fragment}" in this article`, fragment, anchors);
  }
  const route = parseSitePath(pathname);
  if (route?.kind === 'article') {
    if (site.unchecked?.articles.has(route.slug)) return undefined;
    const anchors = site.anchorsBySlug.get(route.slug);
    if (!anchors) return withSuggestion(`link "${href}": article "${route.slug}" does not exist`, route.slug, site.anchorsBySlug.keys());
    if (fragment && !anchors.has(fragment)) {
      return withSuggestion(`link "${href}": article "${route.slug}" has no heading or step with id "${fragment}"`, fragment, anchors);
    }
    return undefined;
  }
  if (route?.kind === 'tree' || route?.kind === 'tree-map' || route?.kind === 'step') {
    if (site.unchecked?.trees.has(route.treeId)) return undefined;
    const steps = site.stepsByTree.get(route.treeId);
    if (!steps) return withSuggestion(`link "${href}": troubleshooter "${route.treeId}" does not exist`, route.treeId, site.stepsByTree.keys());
    if (route.kind === 'step' && !steps.has(route.stepId)) {
      return withSuggestion(`link "${href}": troubleshooter "${route.treeId}" has no step "${route.stepId}"`, route.stepId, steps);
    }
    return undefined;
  }
  return route && SITE_LISTS.has(route.kind) ? undefined : `link "${href}": no page at ${pathname}`;
}
