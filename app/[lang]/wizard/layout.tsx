import { Suspense, type ReactNode } from 'react';
import { HistoryEntryGuard } from '@/components/wizard/history-entry-guard';
import { WizardSessionProvider } from '@/components/wizard/wizard-session-provider';

/**
 * One session store for every troubleshooter page, so it lives across steps within the tab; and
 * one guard that keeps the step shown in line with the address bar across Back and Forward.
 */
export default function WizardLayout({ children }: { children: ReactNode }) {
  return (
    <WizardSessionProvider>
      {children}
      <Suspense fallback={null}>
        <HistoryEntryGuard />
      </Suspense>
    </WizardSessionProvider>
  );
}
