import type { Metadata } from 'next';
import { BrowseRoute, browseMetadata } from '@/components/browse/browse-route';
import { enterPageLanguage } from '@/lib/i18n/page-language.server';

interface TagLaterPageProps {
  params: Promise<{ lang: string; tag: string; number: string }>;
}

// Rendered on first request and cached: prerendering every page of every tag would multiply the
// build's pages. proxy.ts answers unknown tags and page numbers before this renders.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TagLaterPageProps): Promise<Metadata> {
  // Metadata may render apart from the page: it names the language itself.
  await enterPageLanguage(params);
  const { tag, number } = await params;
  return browseMetadata('tag', { slug: tag, number });
}

export default async function TagLaterPage({ params }: TagLaterPageProps) {
  await enterPageLanguage(params);
  const { tag, number } = await params;
  return <BrowseRoute kind="tag" params={{ slug: tag, number }} />;
}
