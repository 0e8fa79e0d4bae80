/** The /search page's own form: a plain GET form, so a new search works without JavaScript. */
export function SearchPageForm({ query }: { query: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label="Search again" className="mt-4 flex max-w-2xl flex-wrap gap-2">
      <label htmlFor="search-page-query" className="w-full font-semibold">
        Search for a symptom, an error message or a setting
      </label>
      <input
        id="search-page-query"
        name="q"
        type="search"
        defaultValue={query}
        autoComplete="off"
        className="min-w-0 flex-1 rounded border border-border bg-page px-3 py-2 text-text"
      />
      <button type="submit" className="rounded bg-[var(--color-link)] px-4 py-2 font-semibold text-[var(--color-page)]">
        Search
      </button>
    </form>
  );
}
