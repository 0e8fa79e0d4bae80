import { useLocale } from 'next-intl';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';

/**
 * Outside the troubleshooter, pages link with plain links: each is a static page, and a plain link
 * costs no script (Next's Link was 3.5 KB and a request on every page, plus a hydrated component per
 * link). These rules let Chromium-based browsers fetch a page once the reader holds the pointer on
 * its link or presses it, so it opens at once; other browsers ignore them. Not for downloads, the
 * insights area (its logout is a link), the API, troubleshooter steps, whose answers already
 * fetch the next step their own way, or search results (the page counts the search it renders).
 */
const SPECULATION_RULES = JSON.stringify({
  prefetch: [
    {
      where: {
        and: [
          { href_matches: '/*' },
          { not: { href_matches: '/fixes/*' } },
          { not: { href_matches: '/insights*' } },
          { not: { href_matches: '/api/*' } },
          { not: { href_matches: '/wizard/*/*' } },
          // A search page counts the search when it renders: a prefetch would show it without counting.
          { not: { href_matches: '/search*' } },
        ],
      },
      eagerness: 'moderate',
    },
  ],
});

/** The whole document around a page: shared by the root layout and the 404 page, which has no layout. */
export function SiteDocument({ children }: { children: ReactNode }) {
  return (
    <html lang={useLocale()}>
      <body className="min-h-screen font-sans antialiased">
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: SPECULATION_RULES }} />
      </body>
    </html>
  );
}
