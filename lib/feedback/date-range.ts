import type { TimeRange } from './store';

/** Whole days, inclusive, in UTC, as `YYYY-MM-DD`: what the date filter and `--since` speak. */
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a `YYYY-MM-DD` day, or undefined when it is not a real date (2026-02-30). */
export function parseDay(value: string): number | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(ms).toISOString().slice(0, 10) === value ? ms : undefined;
}

export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A checked range: the days, the time window the store reads, and what was wrong with the input. */
export interface ResolvedRange {
  days: DayRange;
  window: TimeRange;
  problems: string[];
}

/**
 * The range from optional `from`/`to` days. Missing ends default to the last `defaultDays` days up to
 * today; a bad value is reported and replaced by its default, so a page never fails on a bad URL.
 */
export function resolveDayRange(input: { from?: string | null; to?: string | null }, now: number, defaultDays = 30): ResolvedRange {
  const problems: string[] = [];
  const today = parseDay(formatDay(now))!;
  const read = (name: 'from' | 'to', fallback: number) => {
    const raw = input[name];
    if (raw === undefined || raw === null || raw === '') return fallback;
    const day = parseDay(raw);
    if (day === undefined) problems.push(`"${raw}" is not a date like 2026-01-31, so ${name} is ${formatDay(fallback)}`);
    return day ?? fallback;
  };
  let to = read('to', today);
  let from = read('from', to - (defaultDays - 1) * DAY_MS);
  if (from > to) {
    problems.push(`the start ${formatDay(from)} is after the end ${formatDay(to)}, so they were swapped`);
    [from, to] = [to, from];
  }
  return { days: { from: formatDay(from), to: formatDay(to) }, window: { from, to: to + DAY_MS }, problems };
}
