import type { DayRange } from '@/lib/feedback/date-range';
import { feedbackButtonClass } from './comment-fields';
import { INSIGHTS_PATH } from '@/lib/paths';

/** The date filter: a GET form, so a range is a shareable address (it holds no secret). */
export function DateRangeForm({ days }: { days: DayRange }) {
  const inputClass = 'mt-1 block rounded border border-border bg-page px-3 py-2 text-text';
  return (
    <form method="get" action={INSIGHTS_PATH} className="mt-4 flex flex-wrap items-end gap-4" aria-label="Date range">
      <div>
        <label htmlFor="insights-from" className="block font-semibold">
          From
        </label>
        <input id="insights-from" name="from" type="date" defaultValue={days.from} className={inputClass} />
      </div>
      <div>
        <label htmlFor="insights-to" className="block font-semibold">
          To (inclusive)
        </label>
        <input id="insights-to" name="to" type="date" defaultValue={days.to} className={inputClass} />
      </div>
      <button type="submit" className={feedbackButtonClass}>
        Show
      </button>
    </form>
  );
}
