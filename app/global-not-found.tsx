import type { Metadata } from 'next';
import { NotFoundHelp } from '@/components/not-found-help';
import { SiteDocument } from '@/components/site-document';
import { siteName } from '@/lib/site-config';
import './globals.css';

export const metadata: Metadata = { title: `Page not found | ${siteName}` };

/**
 * The 404 page for every URL no page answers, including the dead links proxy.ts settles. It is a
 * document of its own rather than the root layout's not-found boundary, because Next puts that
 * boundary's whole rendered tree into every page's payload: the troubleshooters and recent articles
 * listed here cost every page of the site about 2 KB compressed, and a script for the step hint.
 */
export default function GlobalNotFound() {
  return (
    <SiteDocument>
      <NotFoundHelp />
    </SiteDocument>
  );
}
