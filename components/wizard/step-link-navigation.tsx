'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';
import type { SavedWizardSession } from '@/lib/wizard/session';
import { useWizardSession } from './wizard-session-provider';
import { usePreloadTree } from './wizard-step-context';

// The marks the server writes on a step's plain links: StepAnchor (`data-step-link`, and `data-restart`
// on Restart) and OptionList (`data-step-options` on the answers' list).
const STEP_LINK_ATTRIBUTE = 'data-step-link';
const RESTART_LINK_ATTRIBUTE = 'data-restart';
const STEP_OPTIONS_ATTRIBUTE = 'data-step-options';

/** The link's address without its `#step-heading`, when it is one of this site's pages. */
function inAppTarget(anchor: HTMLAnchorElement): string | undefined {
  const url = new URL(anchor.href);
  return url.origin === window.location.origin ? `${url.pathname}${url.search}` : undefined;
}

/**
 * A step the server rendered with the answers it checked (a pasted link, reload, Back to a page
 * load): what the server wrote is already the final page, so its islands are not rendered again
 * in the browser. Its links stay the plain ones the server writes, which open the next step at its
 * heading without JavaScript; with it, a click on one moves within the app like Next's Link (the
 * heading then takes the focus, FocusHeadingOnNavigation), one listener for all of them. A link's
 * step, and the tree the next step's islands read, are fetched when the pointer or the focus reaches
 * it, not as the page loads: a pasted link's page is often only read, and each prefetched step was a
 * payload parsed on the main thread while the page was still becoming usable. It also remembers the
 * tab's progress, as the summary island does on the other step pages.
 */
export function StepLinkNavigation({ treeId, session, children }: { treeId: string; session: SavedWizardSession | undefined; children: ReactNode }) {
  const router = useRouter();
  const remember = useWizardSession((state) => state.remember);
  const forget = useWizardSession((state) => state.forget);
  const preloadTree = usePreloadTree();
  const view = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (session) remember(session);
  }, [session, remember]);

  useEffect(() => {
    const root = view.current;
    if (!root) return;
    const stepLink = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest(`a[${STEP_LINK_ATTRIBUTE}]`) as HTMLAnchorElement | null) : null;
    const prefetch = (anchor: HTMLAnchorElement | null) => {
      const to = anchor ? inAppTarget(anchor) : undefined;
      if (!to) return;
      router.prefetch(to);
      preloadTree();
    };
    const follow = (event: MouseEvent) => {
      const anchor = stepLink(event.target);
      // What the browser does itself stays its own: new tab or window, download, another target.
      if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (anchor.target && anchor.target !== '_self') return;
      const to = inAppTarget(anchor);
      if (!to) return;
      event.preventDefault();
      if (anchor.hasAttribute(RESTART_LINK_ATTRIBUTE)) forget(treeId);
      router.push(to);
    };
    const intent = (event: Event) => prefetch(stepLink(event.target));
    root.addEventListener('click', follow);
    root.addEventListener('pointerover', intent);
    root.addEventListener('focusin', intent);
    for (const list of root.querySelectorAll(`ul[${STEP_OPTIONS_ATTRIBUTE}]`)) list.setAttribute('data-enhanced', '');
    return () => {
      root.removeEventListener('click', follow);
      root.removeEventListener('pointerover', intent);
      root.removeEventListener('focusin', intent);
    };
  }, [router, forget, treeId, preloadTree]);

  return (
    <div ref={view} className="max-w-3xl">
      {children}
    </div>
  );
}
