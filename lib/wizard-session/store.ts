import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';

/** One answer, as it travels in step URLs. */
export interface SavedAnswer {
  questionId: string;
  optionId: string;
}

/** Where a user got to in one troubleshooter, in this tab. */
export interface SavedWizardSession {
  treeVersion: number;
  stepId: string;
  answers: SavedAnswer[];
}

/** The wizard state kept for the tab: the last step reached in each troubleshooter. */
export interface WizardSessionState {
  sessions: Record<string, SavedWizardSession>;
  remember: (treeId: string, session: SavedWizardSession) => void;
  forget: (treeId: string) => void;
  /** The saved session, unless the tree changed meaning since (its version moved on). */
  resumable: (treeId: string, treeVersion: number) => SavedWizardSession | undefined;
}

/** Bump when the stored shape changes; `migrate` then decides what survives. */
export const WIZARD_SESSION_STORAGE_VERSION = 1;
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
        remember: (treeId, session) => set((state) => ({ sessions: { ...state.sessions, [treeId]: session } })),
        forget: (treeId) =>
          set((state) => {
            const { [treeId]: _forgotten, ...rest } = state.sessions;
            return { sessions: rest };
          }),
        resumable: (treeId, treeVersion) => {
          const saved = get().sessions[treeId];
          return saved && saved.treeVersion === treeVersion ? saved : undefined;
        },
      }),
      {
        name: WIZARD_SESSION_STORAGE_KEY,
        version: WIZARD_SESSION_STORAGE_VERSION,
        storage: createJSONStorage(() => sessionStorage),
        partialize: (state) => ({ sessions: state.sessions }),
        skipHydration: true,
        // Nothing older than version 1 was ever stored; anything unrecognised starts afresh.
        migrate: (persisted, version) =>
          version === WIZARD_SESSION_STORAGE_VERSION && isSessionsRecord(persisted) ? persisted : { sessions: {} },
      },
    ),
  );
}

/** The store's type, for the provider and its hooks. */
export type WizardSessionStore = ReturnType<typeof createWizardSessionStore>;

function isSessionsRecord(value: unknown): value is { sessions: Record<string, SavedWizardSession> } {
  return typeof value === 'object' && value !== null && typeof (value as { sessions?: unknown }).sessions === 'object';
}
