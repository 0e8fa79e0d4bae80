/**
 * `npm run search:index` (run by predev; the build indexes what its content check read): writes the
 * browser's split search index of every site language into public/ (see search-index-files.ts).
 * Uses CONTENT_DIR like the build.
 */
import { contentDir } from '../lib/content/content-dir.server';
import { translatedContentsOf } from '../lib/content/language-content.server';
import { loadSearchModels } from '../lib/search/site-search.server';
import { writeSearchIndexOf } from './search-index-files';

const root = contentDir();
const english = await loadSearchModels(root);
console.log(writeSearchIndexOf(english, await translatedContentsOf(english, root)));
