/**
 * The anonymous per-tab id that links one visit's step views, and the running number of its views.
 * It lives in sessionStorage, so it ends with the tab and is never shared with another tab or site.
 * Browser-only; imports nothing, so the step page's island stays tiny.
 */
const STORAGE_KEY = 'fixpath-feedback-session';

interface TabSession {
  id: string;
  next: number;
}

/** A v4 uuid; `crypto.randomUUID` exists only on https and localhost, not on plain-http mirrors. */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Used when storage is blocked (some privacy modes throw): the visit then lasts one page load.
let inMemory: TabSession | undefined;

function read(storage: Storage | undefined): TabSession | undefined {
  try {
    const saved = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null') as Partial<TabSession> | null;
    if (saved && typeof saved.id === 'string' && Number.isInteger(saved.next)) return { id: saved.id, next: saved.next! };
  } catch {
    // Unreadable: start a new visit.
  }
  return inMemory;
}

/** The tab's session id and the sequence number for the view being recorded now. */
export function nextTabView(storage: Storage | undefined = globalThis.sessionStorage): { session: string; seq: number } {
  const current = read(storage) ?? { id: randomUuid(), next: 0 };
  const updated = { id: current.id, next: current.next + 1 };
  inMemory = updated;
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(updated));
  } catch {
    // Storage full or blocked: the in-memory copy carries on.
  }
  return { session: current.id, seq: current.next };
}
