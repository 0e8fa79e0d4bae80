import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { siteName } from '@/lib/site-config';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${siteName}: troubleshooting Windows sign-in on the web`, template: `%s | ${siteName}` },
  description: 'Step-by-step fixes and guided troubleshooters for Windows Integrated Authentication problems.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
