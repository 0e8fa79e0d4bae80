import path from 'node:path';
import { formatProblem, type ContentProblem } from '../lib/content/problem';

/**
 * Prints the content check's verdict: every problem as `path:line: message`, then the warnings
 * (stale translations: the English changed after they were written), each as
 * `path:line: warning: message`, then one summary line (how many problems, or that all is valid,
 * with the warnings counted). All on one stream, stdout as tsc and ESLint do, so a pipe or a log
 * keeps them before the summary; the exit code tells failure, which warnings never cause.
 */
export function reportContentCheck(problems: readonly ContentProblem[], root: string, print: (line: string) => void = console.log, warnings: readonly ContentProblem[] = []): boolean {
  const shown = path.relative(process.cwd(), root) || root;
  for (const problem of problems) print(formatProblem(problem));
  if (warnings.length > 0) {
    if (problems.length > 0) print('');
    for (const warning of warnings) print(formatProblem({ ...warning, message: `warning: ${warning.message}` }));
  }
  const warned = warnings.length > 0 ? `, ${warnings.length} warning(s)` : '';
  if (problems.length > 0) {
    print(`\ncontent check: ${problems.length} problem(s)${warned} in ${shown}`);
    return false;
  }
  print(`${warnings.length > 0 ? '\n' : ''}content check: ${shown} is valid${warned}`);
  return true;
}
