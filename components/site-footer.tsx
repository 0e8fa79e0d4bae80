import { useTranslations } from 'next-intl';
import { siteName } from '@/lib/site-config';

/** The foot of every page: what the site is, in one line. */
export function SiteFooter() {
  const t = useTranslations('SiteFooter');
  return (
    <footer className="site-chrome mt-16 border-t border-border">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        {t('about', { site: siteName })}
      </p>
    </footer>
  );
}
