/**
 * `npm run content:check [-- --content <dir>] [-- --update-published]`: validates every article,
 * troubleshooter and translation and prints one `path:line: message` per problem, then the
 * warnings (stale translations). Exit code 1 when anything is wrong; warnings alone do not fail.
 * `--update-published` first adds every article's slug and anchors to content/published.json
 * (it never removes any: unpublishing is a deliberate edit of that file).
 * `--revision <English file>` prints the revision a translation of that file writes in
 * `translationOf`, and checks nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentFolder } from '../lib/content/check.server';
import { withCompilePool } from '../lib/content/compile-pool.server';
import { contentDir } from '../lib/content/content-dir.server';
import { revisionOfFile } from '../lib/content/translations.server';
import { reportContentCheck } from './content-check-report';

const { values } = parseArgs({ options: { content: { type: 'string' }, 'update-published': { type: 'boolean' }, revision: { type: 'string' } } });

if (values.revision !== undefined) {
  if (!existsSync(values.revision)) {
    console.error(`content check: ${values.revision} does not exist: give the English file a translation translates, for example content/articles/<slug>.mdx`);
    process.exit(1);
  }
  console.log(revisionOfFile(values.revision));
  process.exit(0);
}

const root = values.content ? path.resolve(values.content) : contentDir();
const { problems, warnings } = await withCompilePool((pool) => checkContentFolder(root, pool, { updatePublished: values['update-published'] }));
if (!reportContentCheck(problems, root, console.log, warnings)) process.exit(1);
