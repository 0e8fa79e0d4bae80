import type { Metadata } from 'next';
import { BrowseRoute, browseMetadata } from '@/components/browse/browse-route';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface ProductLaterPageProps {
  params: Promise<{ lang: string; product: string; number: string }>;
}

// Rendered on first request and cached: prerendering every page of every product would multiply the
// build's pages. proxy.ts answers unknown products and page numbers before this renders.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: ProductLaterPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { product, number } = await params;
  return browseMetadata('product', { slug: product, number });
}

export default async function ProductLaterPage({ params }: ProductLaterPageProps) {
  await enterPageLanguage(params);
  const { product, number } = await params;
  return <BrowseRoute kind="product" params={{ slug: product, number }} />;
}
