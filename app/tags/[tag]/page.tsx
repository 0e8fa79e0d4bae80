import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BrowseGroupPage } from '@/components/browse/browse-group-page';
import { groupByTag } from '@/lib/content/browse';
import { listArticles } from '@/lib/content/articles.server';

interface TagPageProps {
  params: Promise<{ tag: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return groupByTag(listArticles()).map((group) => ({ tag: group.slug }));
}

function findTag(tag: string) {
  return groupByTag(listArticles()).find((group) => group.slug === tag);
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const group = findTag((await params).tag);
  return { title: group ? `Tag: ${group.name}` : 'Tag not found' };
}

export default async function TagPage({ params }: TagPageProps) {
  const group = findTag((await params).tag);
  if (!group) notFound();
  return <BrowseGroupPage group={group} kind="Tag" backHref="/tags" />;
}
