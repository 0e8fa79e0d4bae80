import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundHelp } from '@/components/not-found-help';
import { SiteDocument } from '@/components/site-document';
import { setRequestLocale } from 'next-intl/server';
import { pageLanguage } from '@/lib/i18n/page-language';
import { MISSING_STEP_HEADER, NOT_FOUND_LANGUAGE_HEADER } from '@/lib/not-found';
import { siteName } from '@/lib/site-config';
import './globals.css';

export const metadata: Metadata = { title: `Page not found | ${siteName}` };

/**
 * The 404 page for every URL no page answers, including the dead links proxy.ts settles. It is a
 * document of its own rather than the root layout's not-found boundary, because Next puts that
 * boundary's whole rendered tree into every page's payload: the troubleshooters and recent articles
 * listed here cost every page about 2 KB compressed. It renders per request, to name the
 * troubleshooter of a missing step (the proxy says which) without any script.
 */
export default async function GlobalNotFound() {
  const requestHeaders = await headers();
  const missingStepOf = requestHeaders.get(MISSING_STEP_HEADER) ?? undefined;
  // The proxy names the language of the dead link's URL; a URL it never saw is answered in English.
  const lang = pageLanguage(requestHeaders.get(NOT_FOUND_LANGUAGE_HEADER) ?? undefined);
  setRequestLocale(lang);
  return (
    <SiteDocument lang={lang}>
      <NotFoundHelp missingStepOf={missingStepOf} />
    </SiteDocument>
  );
}
