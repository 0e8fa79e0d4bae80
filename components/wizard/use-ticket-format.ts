'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_TICKET_FORMAT, parseTicketFormat, type TicketFormat } from '@/lib/wizard/ticket-summary/formats';

/** Where the agent's choice of format is kept: chosen once, used on every later visit. */
export const TICKET_FORMAT_STORAGE_KEY = 'fixpath-ticket-format';

const listeners = new Set<() => void>();
/** The choice made on this page, for a browser that refuses storage. */
let chosenHere: TicketFormat | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab's choice applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === TICKET_FORMAT_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function readStored(): TicketFormat {
  try {
    return parseTicketFormat(window.localStorage.getItem(TICKET_FORMAT_STORAGE_KEY) ?? chosenHere);
  } catch {
    // Storage refused (a locked-down browser): the choice holds for this page only.
    return chosenHere ?? DEFAULT_TICKET_FORMAT;
  }
}

/**
 * The remembered ticket format and its setter. The server, and hydration, see the default, so the
 * markup they agree on never depends on storage; the stored choice is read once the page is live.
 */
export function useTicketFormat(): [TicketFormat, (format: TicketFormat) => void] {
  const format = useSyncExternalStore(subscribe, readStored, () => DEFAULT_TICKET_FORMAT);
  const choose = useCallback((next: TicketFormat) => {
    chosenHere = next;
    try {
      window.localStorage.setItem(TICKET_FORMAT_STORAGE_KEY, next);
    } catch {
      // Not remembered for later visits; `chosenHere` keeps it for this page.
    }
    for (const listener of listeners) listener();
  }, []);
  return [format, choose];
}
