import 'server-only';
import { listArticles } from '@/lib/content/articles.server';
import { listWizards } from '@/lib/content/wizards.server';
import type { SiteCatalog } from './insights-report';

/** Titles of the published articles and the trees, to name what the feedback is about. */
export function siteCatalog(): SiteCatalog {
  return { articles: listArticles().map(({ slug, title }) => ({ slug, title })), trees: listWizards() };
}
