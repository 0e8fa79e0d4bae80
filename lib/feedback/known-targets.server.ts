import 'server-only';
import { listArticles } from '@/lib/content/articles.server';
import { listWizards } from '@/lib/content/wizards.server';
import { knownTargetsFrom, type KnownTargets } from './known-targets';

let cached: KnownTargets | undefined;

/** The published articles and troubleshooters, read once per process (content changes only with a build). */
export function siteTargets(): KnownTargets {
  cached ??= knownTargetsFrom(
    listArticles().map((article) => article.slug),
    listWizards(),
  );
  return cached;
}
