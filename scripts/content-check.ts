/**
 * `npm run content:check [-- --content <dir>] [-- --update-published]`: validates every article and
 * troubleshooter and prints one `path:line: message` per problem. Exit code 1 when anything is wrong.
 * `--update-published` first adds every article's slug and anchors to content/published.json
 * (it never removes any: unpublishing is a deliberate edit of that file).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentFolder } from '../lib/content/check.server';
import { withCompilePool } from '../lib/content/compile-pool.server';
import { contentDir } from '../lib/content/content-dir.server';
import { reportContentCheck } from './content-check-report';

const { values } = parseArgs({ options: { content: { type: 'string' }, 'update-published': { type: 'boolean' } } });
const root = values.content ? path.resolve(values.content) : contentDir();

const { problems } = await withCompilePool((pool) => checkContentFolder(root, pool, { updatePublished: values['update-published'] }));
if (!reportContentCheck(problems, root)) process.exit(1);
