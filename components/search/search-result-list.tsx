import { useTranslations } from 'next-intl';
import type { SearchHit } from '@/lib/search/query';
import { MarkedText } from './marked-text';

/** The /search page's results: each links to its section's anchor, with where it is and a snippet. */
export function SearchResultList({ hits }: { hits: readonly SearchHit[] }) {
  const kindOf = useTranslations('SearchResult');
  return (
    <ol className="mt-6 space-y-6">
      {hits.map((hit) => (
        <li key={hit.id} className="border-b border-border pb-5">
          <p className="text-sm text-muted">
            {kindOf(hit.kind)}
            {hit.context ? (
              <>
                {' · '}
                <span lang={hit.language}>{hit.context}</span>
              </>
            ) : null}
          </p>
          {/* An untranslated page's result is in English: `lang` lets a screen reader say it so. */}
          <h2 className="mt-1 text-lg font-semibold" lang={hit.language}>
            <a href={hit.href}>
              <MarkedText parts={hit.label} />
            </a>
          </h2>
          <p className="mt-1" lang={hit.language}>
            <MarkedText parts={hit.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
