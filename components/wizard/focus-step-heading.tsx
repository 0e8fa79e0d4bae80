'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';

export const STEP_HEADING_ID = 'step-heading';

// The page the browser loaded; its first view keeps the browser's own focus and scroll.
const loadedPathname = typeof window === 'undefined' ? undefined : window.location.pathname;
let loadedViewSeen = false;

/**
 * After moving to another step within the app, put focus on the new step's heading, so keyboard
 * and screen-reader users start at the question instead of the top of the page.
 */
export function FocusStepHeading() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  useEffect(() => {
    const isLoadedView = !loadedViewSeen && pathname === loadedPathname;
    loadedViewSeen = true;
    if (!isLoadedView) document.getElementById(STEP_HEADING_ID)?.focus();
  }, [pathname, search]);
  return null;
}
