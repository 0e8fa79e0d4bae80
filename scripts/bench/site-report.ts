/**
 * The site bench's targets (issue 8) and its report: bench/results.json and a table on stdout.
 * Targets are data, so the JSON and the table cannot disagree about what passed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';

/** One row of the table: a measured figure, and its target when the issue sets one. */
export interface Figure {
  group: string;
  name: string;
  value: number | undefined;
  unit: string;
  /** `max`: the value must not exceed `limit`; `min`: it must reach it. `below` is a strict max. */
  target?: { kind: 'max' | 'min' | 'below'; limit: number; text: string };
  /** A breakdown shown after the verdict (bytes by type, each run's score). */
  detail?: string;
}

/** Pass, fail, or no target / not measured. */
export type Verdict = 'pass' | 'FAIL' | '';

export function verdict(figure: Figure): Verdict {
  const { value, target } = figure;
  if (!target || value === undefined || Number.isNaN(value)) return '';
  const ok = target.kind === 'max' ? value <= target.limit : target.kind === 'min' ? value >= target.limit : value < target.limit;
  return ok ? 'pass' : 'FAIL';
}

export const KB = 1000;
export const atMost = (limit: number, text: string) => ({ kind: 'max' as const, limit, text: `≤ ${text}` });
export const atLeast = (limit: number, text: string) => ({ kind: 'min' as const, limit, text: `≥ ${text}` });
export const below = (limit: number, text: string) => ({ kind: 'below' as const, limit, text: `< ${text}` });

/** The machine the figures belong to. */
export function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    totalRamMb: Math.round(totalmem() / 2 ** 20),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

function formatValue(figure: Figure): string {
  if (figure.value === undefined || Number.isNaN(figure.value)) return 'not measured';
  const digits = figure.unit === 'ms' && figure.value < 100 ? 1 : figure.unit === 'MB' || figure.unit === 's' ? 1 : 0;
  return `${figure.value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${figure.unit}`.trim();
}

/** The readable table: one line per figure, grouped, with target and verdict. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [figure.group, figure.name, formatValue(figure), figure.target?.text ?? '', verdict(figure), figure.detail ?? '']);
  const header = ['', 'measure', 'value', 'target', '', 'detail'];
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  let lastGroup = '';
  const body = rows.map((row) => {
    const shown = row[0] === lastGroup ? ['', ...row.slice(1)] : row;
    lastGroup = row[0] ?? '';
    return line(shown);
  });
  const failed = figures.filter((figure) => verdict(figure) === 'FAIL').length;
  const passed = figures.filter((figure) => verdict(figure) === 'pass').length;
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...body, '', `${passed} targets met, ${failed} missed`].join('\n');
}

/** Writes `bench/results.json` under `projectRoot`: the date, machine, every figure, targets and verdicts. */
/**
 * Writes the run's figures: `bench/results.json` for the standard 1,000-article run, and
 * `bench/results-<n>.json` for other sizes, so the figures of each size are kept side by side.
 */
export function writeResults(projectRoot: string, figures: readonly Figure[], details: Record<string, unknown>, articles: number): string {
  const file = path.join(projectRoot, 'bench', articles === 1000 ? 'results.json' : `results-${articles}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    figures: figures.map((figure) => ({ ...figure, target: figure.target?.text, verdict: verdict(figure) || undefined })),
    details,
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
