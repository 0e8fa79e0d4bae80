'use client';

import { useDeferredValue, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { fillIn } from '@/lib/i18n/format';
import type { SiteLanguage } from '@/lib/i18n/site-languages';
import { localizePath, SEARCH_PATH, searchPath } from '@/lib/paths';
import type { HitWords, SearchHit } from '@/lib/search/query';
import { BOX_SUGGESTIONS, type SearchBoxWords } from './search-box-text';
import { SearchSuggestion } from './search-suggestion';
import { useLazySiteSearch, useSearchHits, type LazySiteSearch } from './use-lazy-site-search';
import { useSearchRecorder } from './use-search-recorder';
import { useSlashShortcut } from './use-slash-shortcut';

const BOX_LIMITS = { limit: BOX_SUGGESTIONS, perPage: 3, snippetLength: 110 };

function announcement(words: SearchBoxWords, index: LazySiteSearch, query: string, hits: readonly SearchHit[], failed: boolean): string {
  if (query === '') return '';
  if (index.status === 'loading' || index.status === 'idle') return words.loading;
  if (index.status === 'failed' || failed) return words.unavailable;
  if (hits.length === 0) return fillIn(words.noSuggestions, { query });
  return words.suggestionCounts[hits.length - 1] ?? '';
}

/**
 * The header's search: a plain GET form to /search that works without JavaScript, enhanced into a
 * combobox (ARIA 1.2 pattern) that suggests sections as you type. The index of the page's language
 * `lang` loads on first focus; `hitWords` are its result labels (English when not given).
 */
export function SearchBox({ lang, hitWords, words }: { lang: SiteLanguage; hitWords?: HitWords; words: SearchBoxWords }) {
  const resultsPath = (query?: string) => localizePath(lang, query === undefined ? SEARCH_PATH : searchPath(query));
  const inputId = useId();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [enhanced, setEnhanced] = useState(false);
  const { index, load } = useLazySiteSearch(lang);
  useSlashShortcut(input);
  // Combobox semantics only once the script runs: before that, it is a plain search field.
  useEffect(() => setEnhanced(true), []);

  const trimmed = query.trim();
  // Typing stays responsive on a slow phone: React may skip searches for keys pressed in quick succession.
  const searched = useDeferredValue(trimmed);
  const { hits, failed, current } = useSearchHits(index, searched, BOX_LIMITS, hitWords, lang);
  const recorder = useSearchRecorder(lang);
  const { shown } = recorder;
  useEffect(() => {
    if (current && !failed) shown(searched, hits.length);
  }, [current, failed, searched, hits, shown]);
  // The last option always leads to the full results page, so Enter on it works even with no suggestions.
  const hrefs = trimmed ? [...hits.map((hit) => hit.href), resultsPath(trimmed)] : [];
  const expanded = enhanced && open && hrefs.length > 0;
  const optionId = (position: number) => `${listId}-option-${position}`;

  useEffect(() => {
    if (active >= 0) document.getElementById(`${listId}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const choose = (href: string) => {
    setOpen(false);
    // The last option is the /search page, which counts the search itself when it renders.
    const hit = hits.find((candidate) => candidate.href === href);
    recorder.end(hit ? { opened: trimmed } : { submitted: trimmed }, hit ? { query: trimmed, results: hits.length } : undefined);
    // A full navigation, so the browser sets :target and the linked step is highlighted.
    window.location.assign(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = hrefs.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setOpen(true);
      setActive((current) => (!expanded || current < 0 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count));
    } else if (event.key === 'Enter' && expanded && active >= 0 && hrefs[active]) {
      event.preventDefault();
      choose(hrefs[active]);
    } else if (event.key === 'Escape' && expanded) {
      // First Escape closes the list; a second one clears the field (the browser's own behaviour).
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    setOpen(false);
    recorder.end('left');
  };

  return (
    <form
      action={resultsPath()}
      method="get"
      role="search"
      aria-label={words.landmark}
      onBlur={onBlur}
      onSubmit={() => recorder.end({ submitted: trimmed })}
      className="relative w-full sm:ml-auto sm:w-80">
      <label htmlFor={inputId} className="sr-only">
        {words.label}
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id={inputId}
          name="q"
          type="search"
          value={query}
          placeholder={words.placeholder}
          autoComplete="off"
          aria-keyshortcuts="/"
          {...(enhanced
            ? {
                role: 'combobox',
                'aria-expanded': expanded,
                'aria-controls': listId,
                'aria-autocomplete': 'list' as const,
                'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined,
              }
            : {})}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            load();
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          className="min-w-0 flex-1 rounded border border-border bg-page px-3 py-1.5 text-sm text-text placeholder:text-muted"
        />
        <button type="submit" className="rounded border border-border bg-page px-3 py-1.5 text-sm font-semibold text-text">
          {words.submit}
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={words.suggestions}
        hidden={!expanded}
        className="absolute right-0 top-full z-20 mt-1 w-full rounded-lg border border-border bg-page text-text shadow-lg sm:w-[32rem]"
      >
        {hits.map((hit, position) => (
          <SearchSuggestion key={hit.id} id={optionId(position)} hit={hit} articleWord={words.article} active={position === active} onChoose={() => choose(hit.href)} />
        ))}
        {trimmed ? (
          <li
            id={optionId(hits.length)}
            role="option"
            aria-selected={active === hits.length}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(resultsPath(trimmed))}
            className={`cursor-pointer px-3 py-2 text-sm font-semibold text-[var(--color-link)] hover:bg-surface ${active === hits.length ? 'bg-surface outline-2 -outline-offset-2 outline-[var(--color-link)]' : ''}`}
          >
            {fillIn(words.seeAll, { query: trimmed })}
          </li>
        ) : null}
      </ul>
      <p role="status" className="sr-only">
        {enhanced && open ? announcement(words, index, trimmed, hits, failed) : ''}
      </p>
    </form>
  );
}
