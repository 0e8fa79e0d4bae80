import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listArticles } from '@/lib/content/article-list.server';
import { BROWSE_KINDS, browsePage, parsePageNumber } from '@/lib/content/browse-pages';
import { siteConfig } from '@/lib/site-config';
import { BrowseGroupPage } from './browse-group-page';
import type { BrowseKind } from '@/lib/paths';

/** The route params of a tag or product page: the group's slug and, past page 1, the page number. */
export interface BrowseRouteParams {
  slug: string;
  /** The `<n>` of `/page/<n>`; absent on the group's own URL. */
  number?: string;
}

function findPage(kind: BrowseKind, { slug, number }: BrowseRouteParams) {
  const group = BROWSE_KINDS[kind].groups(listArticles()).find((candidate) => candidate.slug === slug);
  const page = number === undefined ? 1 : parsePageNumber(number);
  return group && page !== undefined ? browsePage(group, page, siteConfig.browsePageSize) : undefined;
}

export async function browseMetadata(kind: BrowseKind, params: BrowseRouteParams): Promise<Metadata> {
  const t = await getTranslations('Browse');
  const found = findPage(kind, params);
  if (!found) return { title: t('groupNotFound', { kind }) };
  const name = found.group.name;
  return { title: found.page > 1 ? t('groupPage', { kind, name, page: found.page, count: found.pageCount }) : t('group', { kind, name }) };
}

/** A page of a tag or product, or the 404 page when there is no such page. */
export function BrowseRoute({ kind, params }: { kind: BrowseKind; params: BrowseRouteParams }) {
  const found = findPage(kind, params);
  if (!found) notFound();
  return <BrowseGroupPage kind={kind} page={found} />;
}
