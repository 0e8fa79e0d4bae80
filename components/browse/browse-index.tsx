import type { BrowseGroup } from '@/lib/content/browse';

/** A list of tags or products, each with how many articles it holds. */
export function BrowseIndex({ groups, basePath }: { groups: BrowseGroup[]; basePath: string }) {
  return (
    <ul className="mt-6 flex flex-wrap gap-3">
      {groups.map((group) => (
        <li key={group.slug}>
          <a href={`${basePath}/${group.slug}`} className="inline-block rounded-full border border-border px-3 py-1">
            {group.name} <span className="text-muted">({group.articles.length})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
