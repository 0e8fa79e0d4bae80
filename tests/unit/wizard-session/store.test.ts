// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createWizardSessionStore,
  WIZARD_SESSION_STORAGE_KEY,
  WIZARD_SESSION_STORAGE_VERSION,
} from '@/lib/wizard-session/store';

const session = { treeId: 'windows-auth-login', version: 2, stepId: 'can-change-server', answers: [{ questionId: 'which-browsers', optionId: 'only-ie' }] };

describe('wizard session store', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the last step for the tab, so a reopened start page can resume it', async () => {
    const first = createWizardSessionStore();
    await first.persist.rehydrate();
    first.getState().remember(session);

    const reopened = createWizardSessionStore();
    expect(reopened.getState().resumable('windows-auth-login', 2)).toBeUndefined(); // not read until hydrated
    await reopened.persist.rehydrate();
    expect(reopened.getState().resumable('windows-auth-login', 2)).toEqual(session);
  });

  it('does not resume a session saved for an older version of the tree', async () => {
    const store = createWizardSessionStore();
    await store.persist.rehydrate();
    store.getState().remember(session);
    expect(store.getState().resumable('windows-auth-login', 3)).toBeUndefined();
  });

  it('forgets a tree on restart without touching other trees', async () => {
    const store = createWizardSessionStore();
    await store.persist.rehydrate();
    store.getState().remember(session);
    store.getState().remember({ ...session, treeId: 'other-tree', version: 1 });
    store.getState().forget('windows-auth-login');
    expect(store.getState().resumable('windows-auth-login', 2)).toBeUndefined();
    expect(store.getState().resumable('other-tree', 1)).toBeDefined();
  });

  it('keeps the sessions a tab saved before the stored shape changed', async () => {
    const { treeId: _treeId, version, ...rest } = session;
    sessionStorage.setItem(
      WIZARD_SESSION_STORAGE_KEY,
      JSON.stringify({ state: { sessions: { 'windows-auth-login': { ...rest, treeVersion: version }, broken: { treeVersion: 'x' } } }, version: 1 }),
    );
    const store = createWizardSessionStore();
    await store.persist.rehydrate();
    expect(store.getState().resumable('windows-auth-login', 2)).toEqual(session);
  });

  it('discards stored data of an unknown storage version instead of crashing', async () => {
    sessionStorage.setItem(
      WIZARD_SESSION_STORAGE_KEY,
      JSON.stringify({ state: { sessions: 'garbage' }, version: WIZARD_SESSION_STORAGE_VERSION + 5 }),
    );
    const store = createWizardSessionStore();
    await store.persist.rehydrate();
    expect(store.getState().sessions).toEqual({});
  });
});
