import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site-document';
import { pageLanguage } from '@/lib/i18n/page-language';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';
import { isSiteLanguage, SITE_LANGUAGES } from '@/lib/i18n/site-languages';
import { siteName } from '@/lib/site-config';
import '../globals.css';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  // Metadata may render before the layout: it names the language itself.
  await enterPageLanguage(params);
  const t = await getTranslations('Metadata');
  return {
    title: { default: t('title', { site: siteName }), template: t('titleTemplate', { site: siteName }) },
    description: t('description'),
  };
}

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
