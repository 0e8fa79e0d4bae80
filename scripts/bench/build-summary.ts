/**
 * What `next build` said about where its time went, read from its output: the phase lines it
 * prints with durations, and how many static pages it generated. Kept in results.json so a slow
 * build can be explained without rerunning it.
 */

/** The phases `next build` timed, and the number of pages it prerendered. */
export interface BuildSummary {
  phases: string[];
  staticPages?: number;
  routes: string[];
}

// next build's progress lines carry escape codes on a TTY; the bench pipes it, but strip them anyway.
const ANSI = /\x1b\[[0-9;]*m/g;

export function buildSummary(output: string): BuildSummary {
  const lines = output.replace(ANSI, '').split('\n').map((line) => line.trim());
  const phases = lines.filter((line) => /\b(in|took) [\d.]+\s?(ms|s|min)\b/.test(line));
  const pages = [...output.matchAll(/Generating static pages[^(]*\(\d+\/(\d+)\)/g)].at(-1)?.[1];
  const routes = lines.filter((line) => /^[┌├└]/.test(line));
  return { phases, ...(pages ? { staticPages: Number(pages) } : {}), routes };
}
