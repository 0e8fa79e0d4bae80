import type { WizardTree } from '@/lib/wizard/schema';

const trees = new Map<string, Promise<WizardTree | null>>();

/** Resolves once the page's load event has fired, so the fetch never delays the page itself. */
function afterPageLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * The client tree at `href`, fetched once per visit and shared by every step. Resolves to null when
 * it cannot be fetched (offline, an old tab after a deploy): callers then show the no-JS version,
 * which still works. The failure is kept for the visit: React re-renders a suspended component
 * with whatever this returns, and a fresh promise each time would fetch in a loop.
 */
export function loadClientTree(href: string): Promise<WizardTree | null> {
  let entry = trees.get(href);
  if (!entry) {
    entry = afterPageLoad()
      .then(() => fetch(href))
      .then((response) => (response.ok ? (response.json() as Promise<WizardTree>) : null))
      .catch(() => null);
    trees.set(href, entry);
  }
  return entry;
}
