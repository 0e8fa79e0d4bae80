import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { SavedWizardSession } from '@/lib/wizard/session';

/** The wizard state kept for the tab: the last step reached in each troubleshooter. */
export interface WizardSessionState {
  sessions: Record<string, SavedWizardSession>;
  remember: (session: SavedWizardSession) => void;
  forget: (treeId: string) => void;
  /** The saved session, unless the tree changed meaning since (its version moved on). */
  resumable: (treeId: string, treeVersion: number) => SavedWizardSession | undefined;
}

/** Bump when the stored shape changes; `migrate` then decides what survives. */
export const WIZARD_SESSION_STORAGE_VERSION = 2;
export const WIZARD_SESSION_STORAGE_KEY = 'fixpath-wizard-session';

/**
 * A store per provider (never a module global), persisted in sessionStorage so a session lasts as
 * long as the tab. Hydration is manual (`persist.rehydrate()` in an effect) because the server
 * render has no storage and must match the first client render.
 */
export function createWizardSessionStore() {
  return createStore<WizardSessionState>()(
    persist(
      (set, get) => ({
        sessions: {},
        remember: (session) => set((state) => ({ sessions: { ...state.sessions, [session.treeId]: session } })),
        forget: (treeId) =>
          set((state) => {
            const { [treeId]: _forgotten, ...rest } = state.sessions;
            return { sessions: rest };
          }),
        resumable: (treeId, treeVersion) => {
          const saved = get().sessions[treeId];
          return saved && saved.version === treeVersion ? saved : undefined;
        },
      }),
      {
        name: WIZARD_SESSION_STORAGE_KEY,
        version: WIZARD_SESSION_STORAGE_VERSION,
        storage: createJSONStorage(() => sessionStorage),
        partialize: (state) => ({ sessions: state.sessions }),
        skipHydration: true,
        migrate: migrateStoredSessions,
      },
    ),
  );
}

/** The store's type, for the provider and its hooks. */
export type WizardSessionStore = ReturnType<typeof createWizardSessionStore>;

/**
 * Sessions stored by an older version of the site that pass the session schema; the rest start
 * afresh. Version 1 named a tree's version `treeVersion` and left the tree id to the key; nothing
 * else was ever stored. The schema (and zod with it) is loaded only here, so a step page that has
 * nothing to migrate never downloads it.
 */
async function migrateStoredSessions(persisted: unknown, version: number): Promise<{ sessions: Record<string, SavedWizardSession> }> {
  const { savedWizardSessionSchema } = await import('@/lib/wizard/session');
  const sessions: Record<string, SavedWizardSession> = {};
  const stored: unknown = version === 1 ? (persisted as { sessions?: unknown } | null)?.sessions : undefined;
  for (const [treeId, saved] of Object.entries(typeof stored === 'object' && stored !== null ? stored : {})) {
    const { treeVersion, ...rest } = typeof saved === 'object' && saved !== null ? (saved as { treeVersion?: unknown }) : {};
    const parsed = savedWizardSessionSchema.safeParse({ ...rest, treeId, version: treeVersion });
    if (parsed.success) sessions[treeId] = parsed.data;
  }
  return { sessions };
}
