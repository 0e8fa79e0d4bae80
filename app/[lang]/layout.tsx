import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site-document';
import { pageLanguage } from '@/lib/i18n/page-language';
import { isSiteLanguage, SITE_LANGUAGES } from '@/lib/i18n/site-languages';
import { siteName } from '@/lib/site-config';
import '../globals.css';

export const metadata: Metadata = {
  title: { default: `${siteName}: troubleshooting Windows sign-in on the web`, template: `%s | ${siteName}` },
  description: 'Step-by-step fixes and guided troubleshooters for Windows Integrated Authentication problems.',
};

// Every language is known at build time; proxy.ts serves English from its unprefixed URLs here.
// (Not `dynamicParams = false`: it would hold for every segment below, and articles and steps
// beyond the prerendered ones render on their first request.)
export function generateStaticParams() {
  return SITE_LANGUAGES.map((lang) => ({ lang }));
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const segment = (await params).lang;
  if (!isSiteLanguage(segment)) notFound();
  const lang = pageLanguage(segment);
  setRequestLocale(lang);
  return <SiteDocument lang={lang}>{children}</SiteDocument>;
}
