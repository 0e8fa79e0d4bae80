import type { Metadata } from 'next';
import { BrowseRoute, browseMetadata } from '@/components/browse/browse-route';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface TagPageProps {
  params: Promise<{ lang: string; tag: string }>;
}

// Rendered on first request and cached, like the later pages: the first pages of every tag and
// product (39 at 1,000 articles) cost every build about a second. proxy.ts answers unknown tags
// before this renders.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  return browseMetadata('tag', { slug: (await params).tag });
}

/** The first page of a tag; later pages are app/tags/[tag]/page/[number]. */
export default async function TagPage({ params }: TagPageProps) {
  await enterPageLanguage(params);
  return <BrowseRoute kind="tag" params={{ slug: (await params).tag }} />;
}
