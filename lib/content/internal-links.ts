import { articlePath, parseSitePath, type SitePath } from '@/lib/paths';

/** What exists on the site, so a link can be checked before it is published. */
export interface SiteIndex {
  /** Article slug → ids of its headings, procedures and steps. */
  anchorsBySlug: ReadonlyMap<string, ReadonlySet<string>>;
  /** Troubleshooter id → its live step ids and redirected ids. */
  stepsByTree: ReadonlyMap<string, ReadonlySet<string>>;
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
    return site.anchorsBySlug.get(currentSlug)?.has(fragment)
      ? undefined
      : `link "${href}": no heading or step with id "${fragment}" in this article`;
  }
  const route = parseSitePath(pathname);
  if (route?.kind === 'article') {
    const anchors = site.anchorsBySlug.get(route.slug);
    if (!anchors) return `link "${href}": article "${route.slug}" does not exist`;
    if (fragment && !anchors.has(fragment)) {
      return `link "${href}": article "${route.slug}" has no heading or step with id "${fragment}"`;
    }
    return undefined;
  }
  if (route?.kind === 'tree' || route?.kind === 'tree-map' || route?.kind === 'step') {
    const steps = site.stepsByTree.get(route.treeId);
    if (!steps) return `link "${href}": troubleshooter "${route.treeId}" does not exist`;
    if (route.kind === 'step' && !steps.has(route.stepId)) return `link "${href}": troubleshooter "${route.treeId}" has no step "${route.stepId}"`;
    return undefined;
  }
  return route && SITE_LISTS.has(route.kind) ? undefined : `link "${href}": no page at ${pathname}`;
}
