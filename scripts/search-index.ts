/**
 * `npm run search:index` (run by predev; the build indexes what its content check read): writes the
 * browser's split search index into public/ (see search-index-files.ts). Uses CONTENT_DIR like the
 * build.
 */
import { contentDir } from '../lib/content/content-dir.server';
import { loadSearchModels } from '../lib/search/site-search.server';
import { writeSearchIndexOf } from './search-index-files';

console.log(writeSearchIndexOf(await loadSearchModels(contentDir())));
