'use client';

import { useEffect } from 'react';
import { nextTabView } from '@/lib/feedback/tab-session';
import type { SiteLanguage } from '@/lib/i18n/site-languages';

/**
 * Records that this tab viewed a troubleshooter step: tree, version, step, the page's language and
 * the tab's random session id, nothing else. A client island, so the step page itself stays static; it renders
 * nothing, and a failed send is dropped (statistics must never get in a user's way).
 */
export function StepViewRecorder({ tree, treeVersion, step, language }: { tree: string; treeVersion: number; step: string; language: SiteLanguage }) {
  useEffect(() => {
    const { session, seq } = nextTabView();
    void fetch('/api/events', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ events: [{ type: 'step-view', tree, treeVersion, step, session, seq, language }] }),
      credentials: 'same-origin',
      // The view is sent even when the user leaves the page at once.
      keepalive: true,
    }).catch(() => undefined);
  }, [tree, treeVersion, step, language]);
  return null;
}
