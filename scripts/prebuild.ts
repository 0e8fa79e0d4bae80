/**
 * The first step of `npm run build` (scripts/build.mjs): the content check, then the search index, built from what the check has just read
 * (reading a 1,000-article site again for the index took a second of every build). A folder with
 * any problem exits with code 1, so it never gets an index or a build, and the last build stays.
 */
import { checkContentFolder } from '../lib/content/check.server';
import { withCompilePool } from '../lib/content/compile-pool.server';
import { contentDir } from '../lib/content/content-dir.server';
import { translatedContentsOf } from '../lib/content/language-content.server';
import { reportContentCheck } from './content-check-report';
import { writeCheckedSearchIndex } from './search-index-files';

const root = contentDir();
const check = await withCompilePool((pool) => checkContentFolder(root, pool));
if (!reportContentCheck(check.problems, root, console.log, check.warnings) || !check.ok) process.exit(1);
console.log(await writeCheckedSearchIndex(check.content, await translatedContentsOf(check.content, root)));
