'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** Time the router gets to show a history entry before the guard looks. */
const SETTLE_MS = 300;

function pathAndQuery(pathname: string, query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** The current history entry's key (Navigation API: Chromium, recent Firefox and Safari). */
function currentEntryKey(): string | undefined {
  return (window as { navigation?: { currentEntry?: { key: string } | null } }).navigation?.currentEntry?.key;
}

/**
 * Back and then Forward in quick succession can leave Next's router (16.4) out of step with the
 * address bar: it drops the second traversal and keeps showing the step Back went to, or it
 * finishes the first one last and writes that step's address over the entry Forward went to
 * (2 to 5 in 25 tries with a scripted browser, on `next start` too). So after each Back or Forward,
 * once the router has had time, the entry traversed to is shown if it is not, unless the reader has
 * moved on to another entry meanwhile.
 * Render inside <Suspense>: it reads the query, which a static page only knows in the browser.
 */
export function HistoryEntryGuard() {
  const router = useRouter();
  const shown = pathAndQuery(usePathname(), useSearchParams());
  const lastShown = useRef(shown);
  useEffect(() => {
    lastShown.current = shown;
  }, [shown]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const checkAfterTraversal = () => {
      clearTimeout(timer);
      const traversedTo = window.location.pathname + window.location.search;
      const entry = currentEntryKey();
      timer = setTimeout(() => {
        if (entry !== undefined && currentEntryKey() !== entry) return;
        // Without the Navigation API, what the address bar says now is the best guess.
        const wanted = entry === undefined ? window.location.pathname + window.location.search : traversedTo;
        const [pathname = '', search = ''] = wanted.split('?');
        // Compared decoded, replaced as written: the link keeps its readable `:` and `,`.
        if (pathAndQuery(pathname, new URLSearchParams(search)) !== lastShown.current) router.replace(wanted, { scroll: false });
      }, SETTLE_MS);
    };
    window.addEventListener('popstate', checkAfterTraversal);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('popstate', checkAfterTraversal);
    };
  }, [router]);
  return null;
}
