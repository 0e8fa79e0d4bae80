import path from 'node:path';
import { formatProblem, type ContentProblem } from '../lib/content/problem';

/** Prints the content check's verdict: every problem as `path:line: message`, or one line saying all is valid. */
export function reportContentCheck(problems: readonly ContentProblem[], root: string): boolean {
  const shown = path.relative(process.cwd(), root) || root;
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\ncontent check: ${problems.length} problem(s) in ${shown}`);
    return false;
  }
  console.log(`content check: ${shown} is valid`);
  return true;
}
