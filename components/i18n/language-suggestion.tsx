'use client';

import { useEffect, useState } from 'react';
import { preferredSiteLanguage } from '@/lib/i18n/preferred-language';
import type { SiteLanguage } from '@/lib/i18n/site-languages';

/** The offer in the language it offers, since a reader who needs it may not read the page's. */
export interface SuggestionWords {
  offer: string;
  go: string;
  dismiss: string;
  href: string;
}

const DISMISSED_KEY = 'fixpath:language-suggestion-dismissed';

/**
 * On the home page: when the browser prefers another language the site has, offers it once, until
 * dismissed. Decided in the browser, so the page stays one static, cached document; it never
 * redirects, and a deep link is never touched.
 */
export function LanguageSuggestion({ current, offers }: { current: SiteLanguage; offers: Partial<Record<SiteLanguage, SuggestionWords>> }) {
  const [offered, setOffered] = useState<SiteLanguage | undefined>(undefined);
  useEffect(() => {
    let dismissed = false;
    try {
      dismissed = window.localStorage.getItem(DISMISSED_KEY) === '1';
    } catch {
      // Storage refused (private mode): offer it, the reader can still dismiss it for this visit.
    }
    const wanted = preferredSiteLanguage(navigator.languages);
    if (!dismissed && wanted && wanted !== current && offers[wanted]) setOffered(wanted);
  }, [current, offers]);
  const words = offered ? offers[offered] : undefined;
  if (!offered || !words) return null;
  const dismiss = () => {
    try {
      window.localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Not remembered; hidden for this visit all the same.
    }
    setOffered(undefined);
  };
  return (
    <aside lang={offered} aria-label={words.offer} className="callout callout-note mb-6 flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="m-0">{words.offer}</p>
      <a href={words.href} hrefLang={offered} className="font-semibold">
        {words.go}
      </a>
      <button type="button" onClick={dismiss} className="rounded border border-border px-2 py-1 text-sm">
        {words.dismiss}
      </button>
    </aside>
  );
}
