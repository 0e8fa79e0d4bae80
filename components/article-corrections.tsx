import type { Correction } from '@/lib/content/article-schema';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The article's corrections, newest first, under its title: someone who followed the earlier advice
 * learns what changed and what to do about it before reading on. Each note is a headed region, so it
 * is found by heading navigation and named for screen readers; the word "Corrected" carries the
 * meaning, never the colour alone.
 */
export function ArticleCorrections({ corrections }: { corrections: readonly Correction[] }) {
  if (corrections.length === 0) return null;
  const newestFirst = [...corrections].sort((a, b) => b.date.localeCompare(a.date));
  const seen = new Map<string, number>();
  return (
    <div className="corrections mt-6 flex flex-col gap-3">
      {newestFirst.map((correction) => {
        // A stable id per date, so a correction can be linked to; a second on one day gets a suffix.
        const count = (seen.get(correction.date) ?? 0) + 1;
        seen.set(correction.date, count);
        const id = `corrected-${correction.date}${count > 1 ? `-${count}` : ''}`;
        return (
          <section key={id} aria-labelledby={id} className="callout callout-warning correction">
            <h2 id={id} className="callout-label correction-title">
              Corrected on <time dateTime={correction.date}>{dateFormat.format(new Date(`${correction.date}T00:00:00Z`))}</time>
            </h2>
            <p className="correction-changed">{correction.changed}</p>
            <p className="correction-if-followed">
              <strong>If you followed the earlier advice:</strong> {correction.ifYouFollowed}
            </p>
          </section>
        );
      })}
    </div>
  );
}
