import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BrowseGroupPage } from '@/components/browse/browse-group-page';
import { groupByProduct } from '@/lib/content/browse';
import { listArticles } from '@/lib/content/articles.server';

interface ProductPageProps {
  params: Promise<{ product: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return groupByProduct(listArticles()).map((group) => ({ product: group.slug }));
}

function findProduct(product: string) {
  return groupByProduct(listArticles()).find((group) => group.slug === product);
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const group = findProduct((await params).product);
  return { title: group ? `Product: ${group.name}` : 'Product not found' };
}

export default async function ProductPage({ params }: ProductPageProps) {
  const group = findProduct((await params).product);
  if (!group) notFound();
  return <BrowseGroupPage group={group} kind="Product" backHref="/products" />;
}
