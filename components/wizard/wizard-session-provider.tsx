'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createWizardSessionStore, type WizardSessionState, type WizardSessionStore } from '@/lib/wizard-session/store';

const WizardSessionContext = createContext<WizardSessionStore | null>(null);

/** Gives the wizard's client islands one session store per page tree, hydrated from the tab's storage. */
export function WizardSessionProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createWizardSessionStore);
  useEffect(() => {
    void store.persist?.rehydrate();
  }, [store]);
  return <WizardSessionContext.Provider value={store}>{children}</WizardSessionContext.Provider>;
}

/** Reads one slice of the session store; re-renders only when that slice changes. */
export function useWizardSession<T>(selector: (state: WizardSessionState) => T): T {
  const store = useContext(WizardSessionContext);
  if (!store) throw new Error('useWizardSession must be used inside <WizardSessionProvider>');
  return useStore(store, selector);
}

/** True once the store has read the tab's storage; before that a "resume" offer would flicker. */
export function useWizardSessionHydrated(): boolean {
  const store = useContext(WizardSessionContext);
  // On the server there is no sessionStorage, and zustand then leaves the persist API out.
  const [hydrated, setHydrated] = useState(() => store?.persist?.hasHydrated() ?? false);
  useEffect(() => {
    if (!store?.persist) return;
    setHydrated(store.persist.hasHydrated());
    return store.persist.onFinishHydration(() => setHydrated(true));
  }, [store]);
  return hydrated;
}
