import type { Metadata } from 'next';
import { BrowseRoute, browseGroupSlugs, browseMetadata } from '@/components/browse/browse-route';

interface ProductPageProps {
  params: Promise<{ product: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return browseGroupSlugs('product').map((product) => ({ product }));
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  return browseMetadata('product', { slug: (await params).product });
}

/** The first page of a product; later pages are app/products/[product]/page/[number]. */
export default async function ProductPage({ params }: ProductPageProps) {
  return <BrowseRoute kind="product" params={{ slug: (await params).product }} />;
}
