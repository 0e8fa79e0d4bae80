import type { Metadata } from 'next';
import { BrowseRoute, browseMetadata } from '@/components/browse/browse-route';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface ProductPageProps {
  params: Promise<{ lang: string; product: string }>;
}

// Rendered on first request and cached, like the later pages: the first pages of every tag and
// product (39 at 1,000 articles) cost every build about a second. proxy.ts answers unknown products
// before this renders.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  return browseMetadata('product', { slug: (await params).product });
}

/** The first page of a product; later pages are app/products/[product]/page/[number]. */
export default async function ProductPage({ params }: ProductPageProps) {
  await enterPageLanguage(params);
  return <BrowseRoute kind="product" params={{ slug: (await params).product }} />;
}
