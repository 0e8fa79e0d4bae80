'use client';

import { lazy, Suspense } from 'react';

// Its own chunk, fetched when the panel first renders: that is after the tree has arrived, itself
// after the page's load event, so the formatters never add to what a step page loads first.
const TicketSummaryPanel = lazy(() => import('./ticket-summary-panel').then((module) => ({ default: module.TicketSummaryPanel })));

/** Where the step page shows its summary for the ticket (inside a TreeGate, so only with JavaScript). */
export function TicketSummarySlot({ publicOrigin }: { publicOrigin: string | undefined }) {
  return (
    <Suspense fallback={null}>
      <TicketSummaryPanel publicOrigin={publicOrigin} />
    </Suspense>
  );
}
