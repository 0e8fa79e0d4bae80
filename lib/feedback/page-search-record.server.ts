import 'server-only';
import { feedbackStore } from './open-store.server';
import { createPageSearchRecorder } from './page-search-record';

let recorder: ReturnType<typeof createPageSearchRecorder> | undefined;

/** The /search page's recorder, writing to the store the environment names. */
export function sitePageSearchRecorder() {
  recorder ??= createPageSearchRecorder({ store: () => feedbackStore() });
  return recorder;
}
