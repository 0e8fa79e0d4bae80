import type { Metadata } from 'next';
import { BrowseRoute, browseGroupSlugs, browseMetadata } from '@/components/browse/browse-route';

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return browseGroupSlugs('tag').map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  return browseMetadata('tag', { slug: (await params).tag });
}

/** The first page of a tag; later pages are app/tags/[tag]/page/[number]. */
export default async function TagPage({ params }: TagPageProps) {
  return <BrowseRoute kind="tag" params={{ slug: (await params).tag }} />;
}
