import { siteName } from '@/lib/site-config';

/** The foot of every page: what the site is, in one line. */
export function SiteFooter() {
  return (
    <footer className="site-chrome mt-16 border-t border-border">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        {siteName}: fixes for Windows sign-in problems on the web, checked against official documentation.
      </p>
    </footer>
  );
}
