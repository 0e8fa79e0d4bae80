'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import type { TicketSubject } from '@/lib/wizard/ticket-summary/subject';

// Its own chunk, fetched when the panel first renders: that is after the page's load event, so the
// formatters never add to what a step page loads first.
const TicketSummaryPanel = lazy(() => import('./ticket-summary-panel').then((module) => ({ default: module.TicketSummaryPanel })));
const TicketSummaryFor = lazy(() => import('./ticket-summary-panel').then((module) => ({ default: module.TicketSummaryFor })));

/** Where the static step page shows its summary for the ticket (inside a TreeGate, so only with JavaScript, after load). */
export function TicketSummarySlot({ publicOrigin }: { publicOrigin: string | undefined }) {
  return (
    <Suspense fallback={null}>
      <TicketSummaryPanel publicOrigin={publicOrigin} />
    </Suspense>
  );
}

/** True once the page's load event has fired; false on the server and in hydration. */
function useLoaded(): boolean {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (document.readyState === 'complete') {
      setLoaded(true);
      return;
    }
    const onLoad = () => setLoaded(true);
    window.addEventListener('load', onLoad, { once: true });
    return () => window.removeEventListener('load', onLoad);
  }, []);
  return loaded;
}

/**
 * The summary for the ticket on a step the server rendered with checked answers: the server hands
 * over what it is about, so this page never fetches and walks the whole tree for it. Shown once the
 * page has loaded (it needs JavaScript to be copied, and its chunk must not compete with the page's).
 */
export function KnownTicketSummarySlot({ subject, publicOrigin }: { subject: TicketSubject | undefined; publicOrigin: string | undefined }) {
  const loaded = useLoaded();
  if (!subject || !loaded) return null;
  return (
    <Suspense fallback={null}>
      <TicketSummaryFor subject={subject} publicOrigin={publicOrigin} />
    </Suspense>
  );
}
