import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site-document';
import { siteName } from '@/lib/site-config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${siteName}: troubleshooting Windows sign-in on the web`, template: `%s | ${siteName}` },
  description: 'Step-by-step fixes and guided troubleshooters for Windows Integrated Authentication problems.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteDocument>{children}</SiteDocument>;
}
