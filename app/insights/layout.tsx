import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site-document';
import { siteName } from '@/lib/site-config';
import '../globals.css';

export const metadata: Metadata = { title: { default: `Insights | ${siteName}`, template: `%s | ${siteName}` } };

/** The support team's insights area: a document of its own, in English only (it is not for readers). */
export default function InsightsLayout({ children }: { children: ReactNode }) {
  return <SiteDocument lang="en">{children}</SiteDocument>;
}
