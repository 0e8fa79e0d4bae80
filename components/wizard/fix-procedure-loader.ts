import { isFixProcedure, type FixProcedure } from '@/lib/wizard/fix-procedure';

const procedures = new Map<string, Promise<FixProcedure | null>>();

/**
 * A fix's steps as plain data (app/fixes/[slug]/[procedure]/steps.json), fetched once per visit.
 * Resolves to null when they cannot be had (offline, an old tab after a deploy): the summary then
 * points at the article for the steps. A failure is kept for the visit, so it is never retried in a loop.
 */
export function loadFixProcedure(href: string): Promise<FixProcedure | null> {
  let entry = procedures.get(href);
  if (!entry) {
    entry = fetch(href)
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => (isFixProcedure(body) ? body : null))
      .catch(() => null);
    procedures.set(href, entry);
  }
  return entry;
}
