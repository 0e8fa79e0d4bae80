import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site-document';
import { SOURCE_LANGUAGE } from '@/lib/i18n/languages';
import { siteName } from '@/lib/site-config';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  // Until the [lang] routes name the page's language (issue 27), every page is English: said here
  // so next-intl does not read request headers, which would make every page dynamic.
  setRequestLocale(SOURCE_LANGUAGE);
  const t = await getTranslations('Metadata');
  return {
    title: { default: t('title', { site: siteName }), template: t('titleTemplate', { site: siteName }) },
    description: t('description'),
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  setRequestLocale(SOURCE_LANGUAGE);
  return <SiteDocument>{children}</SiteDocument>;
}
