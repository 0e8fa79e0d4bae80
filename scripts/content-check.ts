/**
 * `npm run content:check [-- --content <dir>]`: validates every article and troubleshooter and
 * prints one `path:line: message` per problem. Exit code 1 when anything is wrong.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/content/check.server';
import { contentDir } from '../lib/content/content-dir.server';
import { formatProblem } from '../lib/content/problem';

const { values } = parseArgs({ options: { content: { type: 'string' } } });
const root = values.content ? path.resolve(values.content) : contentDir();

const problems = await checkContent(root);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\ncontent check: ${problems.length} problem(s) in ${path.relative(process.cwd(), root) || root}`);
  process.exit(1);
}
console.log(`content check: ${path.relative(process.cwd(), root) || root} is valid`);
