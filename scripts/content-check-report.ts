import path from 'node:path';
import { formatProblem, type ContentProblem } from '../lib/content/problem';

/**
 * Prints the content check's verdict: every problem as `path:line: message`, then one summary line
 * (how many problems, or that all is valid). All on one stream, stdout as tsc and ESLint do, so a
 * pipe or a log keeps the problems before the summary; the exit code tells failure.
 */
export function reportContentCheck(problems: readonly ContentProblem[], root: string, print: (line: string) => void = console.log): boolean {
  const shown = path.relative(process.cwd(), root) || root;
  for (const problem of problems) print(formatProblem(problem));
  if (problems.length > 0) {
    print(`\ncontent check: ${problems.length} problem(s) in ${shown}`);
    return false;
  }
  print(`content check: ${shown} is valid`);
  return true;
}
