/** What exists on the site, so a link can be checked before it is published. */
export interface SiteIndex {
  /** Article slug → ids of its headings, procedures and steps. */
  anchorsBySlug: ReadonlyMap<string, ReadonlySet<string>>;
  /** Troubleshooter id → its live step ids and redirected ids. */
  stepsByTree: ReadonlyMap<string, ReadonlySet<string>>;
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
    return site.anchorsBySlug.get(currentSlug)?.has(fragment)
      ? undefined
      : `link "${href}": no heading or step with id "${fragment}" in this article`;
  }
  const articleMatch = /^\/articles\/([^/]+)\/?$/.exec(pathname);
  if (articleMatch?.[1]) {
    const anchors = site.anchorsBySlug.get(articleMatch[1]);
    if (!anchors) return `link "${href}": article "${articleMatch[1]}" does not exist`;
    if (fragment && !anchors.has(fragment)) {
      return `link "${href}": article "${articleMatch[1]}" has no heading or step with id "${fragment}"`;
    }
    return undefined;
  }
  const wizardMatch = /^\/wizard\/([^/]+)(?:\/([^/]+))?\/?$/.exec(pathname);
  if (wizardMatch?.[1]) {
    const steps = site.stepsByTree.get(wizardMatch[1]);
    if (!steps) return `link "${href}": troubleshooter "${wizardMatch[1]}" does not exist`;
    const step = wizardMatch[2];
    if (step && step !== 'map' && !steps.has(step)) return `link "${href}": troubleshooter "${wizardMatch[1]}" has no step "${step}"`;
    return undefined;
  }
  return SITE_ROUTES.has(pathname) ? undefined : `link "${href}": no page at ${pathname}`;
}
