import type { DayRange } from '@/lib/feedback/date-range';
import { reportLanguageName } from '@/lib/feedback/report-language';
import { SITE_LANGUAGES, type SiteLanguage } from '@/lib/i18n/site-languages';
import { feedbackButtonClass } from './comment-fields';
import { INSIGHTS_PATH } from '@/lib/paths';

/**
 * The date and language filter: a GET form, so a range is a shareable address (it holds no secret)
 * and works without JavaScript.
 */
export function DateRangeForm({ days, language }: { days: DayRange; language: SiteLanguage | undefined }) {
  const inputClass = 'mt-1 block rounded border border-border bg-page px-3 py-2 text-text';
  return (
    <form method="get" action={INSIGHTS_PATH} className="mt-4 flex flex-wrap items-end gap-4" aria-label="Date range and language">
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
      <div>
        <label htmlFor="insights-lang" className="block font-semibold">
          Language
        </label>
        <select id="insights-lang" name="lang" defaultValue={language ?? 'all'} className={inputClass}>
          <option value="all">All languages</option>
          {SITE_LANGUAGES.map((each) => (
            <option key={each} value={each}>
              {reportLanguageName(each)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={feedbackButtonClass}>
        Show
      </button>
    </form>
  );
}
