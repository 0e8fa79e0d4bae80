import type { SearchHit } from '@/lib/search/query';
import { MarkedText } from './marked-text';

/** One option of the search box's listbox: named by its label and place, described by its snippet. */
export function SearchSuggestion({ id, hit, active, articleWord, onChoose }: { id: string; hit: SearchHit; active: boolean; articleWord: string; onChoose: () => void }) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-labelledby={`${id}-label ${id}-context`}
      aria-describedby={`${id}-snippet`}
      // Keep focus in the input, so the list does not close before the click lands.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      className={`cursor-pointer border-b border-border px-3 py-2 last:border-b-0 hover:bg-surface ${active ? 'bg-surface outline-2 -outline-offset-2 outline-[var(--color-link)]' : ''}`}
    >
      {/* An untranslated page's result is in English: `lang` lets a screen reader say it so. */}
      <span id={`${id}-label`} className="block font-semibold text-[var(--color-link)]" lang={hit.language}>
        <MarkedText parts={hit.label} />
      </span>
      <span id={`${id}-context`} className="block text-xs text-muted">
        {hit.context || articleWord}
      </span>
      <span id={`${id}-snippet`} className="mt-1 block text-sm" lang={hit.language}>
        <MarkedText parts={hit.snippet} />
      </span>
    </li>
  );
}
