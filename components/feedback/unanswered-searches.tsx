import type { UnansweredSearches } from '@/lib/feedback/store';

const th = 'border-b-2 border-border px-3 py-2 text-left font-semibold';
const td = 'border-b border-border px-3 py-2';
const num = `${td} text-right tabular-nums`;

/** The queries readers found no answer for: nothing matched, or nobody opened what did. */
export function UnansweredSearchesTable({ searches }: { searches: UnansweredSearches }) {
  const { totals, queries } = searches;
  return (
    <>
      <p className="mt-2 text-sm text-muted" data-search-totals>
        {totals.searches} searches in this period, {totals.foundNothing} of them found nothing; {totals.opened} results were
        opened. Queries are stored in lower case, without accents or extra spaces, and without e-mail addresses or
        DOMAIN\user accounts; nothing about who searched is kept. A search counts when its results have been on screen for a
        moment, or when the /search page shows them; opened results are counted only where JavaScript runs.
      </p>
      {queries.length === 0 ? (
        <p className="mt-3">No unanswered searches in this period.</p>
      ) : (
        <table className="mt-3 w-full border-collapse text-sm">
          <caption className="sr-only">Searches that found nothing or whose results nobody opened, most searched first</caption>
          <thead>
            <tr>
              <th scope="col" className={th}>Query</th>
              <th scope="col" className={`${th} text-right`}>Searches</th>
              <th scope="col" className={`${th} text-right`}>Found nothing</th>
              <th scope="col" className={`${th} text-right`}>Results opened</th>
            </tr>
          </thead>
          <tbody>
            {queries.map((row) => (
              <tr key={row.query} data-query={row.query}>
                {/* Not a link to /search: opening it from here would count as a reader's search. */}
                <th scope="row" className={`${td} text-left font-normal`}>
                  {row.query}
                </th>
                <td className={num} data-column="searches">{row.searches}</td>
                <td className={num} data-column="found-nothing">{row.foundNothing}</td>
                <td className={num} data-column="opened">{row.opened}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
