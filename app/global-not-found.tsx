import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotFoundHelp } from '@/components/not-found-help';
import { SiteDocument } from '@/components/site-document';
import { pageLanguage } from '@/lib/i18n/page-language';
import { MISSING_STEP_HEADER, NOT_FOUND_LANGUAGE_HEADER } from '@/lib/not-found';
import { siteName } from '@/lib/site-config';
import './globals.css';

/** The language proxy.ts named for the dead link's URL; a URL it never saw is answered in English. */
async function notFoundLanguage() {
  const lang = pageLanguage((await headers()).get(NOT_FOUND_LANGUAGE_HEADER) ?? undefined);
  setRequestLocale(lang);
  return lang;
}

export async function generateMetadata(): Promise<Metadata> {
  await notFoundLanguage();
  return { title: `${(await getTranslations('NotFound'))('title')} | ${siteName}` };
}

/**
 * The 404 page for every URL no page answers, including the dead links proxy.ts settles. It is a
 * document of its own rather than the root layout's not-found boundary, because Next puts that
 * boundary's whole rendered tree into every page's payload: the troubleshooters and recent articles
 * listed here cost every page about 2 KB compressed. It renders per request, to name the
 * troubleshooter of a missing step (the proxy says which) without any script.
 */
export default async function GlobalNotFound() {
  const lang = await notFoundLanguage();
  const missingStepOf = (await headers()).get(MISSING_STEP_HEADER) ?? undefined;
  return (
    <SiteDocument lang={lang}>
      <NotFoundHelp lang={lang} missingStepOf={missingStepOf} />
    </SiteDocument>
  );
}
