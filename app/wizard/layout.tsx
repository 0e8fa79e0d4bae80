import type { ReactNode } from 'react';
import { WizardSessionProvider } from '@/components/wizard/wizard-session-provider';

/** One session store for every troubleshooter page, so it lives across steps within the tab. */
export default function WizardLayout({ children }: { children: ReactNode }) {
  return <WizardSessionProvider>{children}</WizardSessionProvider>;
}
