import 'server-only';
import { createFeedbackApi } from './feedback-api';
import { siteTargets } from './known-targets.server';
import { feedbackStore } from './open-store.server';

let api: ReturnType<typeof createFeedbackApi> | undefined;

/** The API wired to the site: the store named by the environment and the published content. */
export function siteFeedbackApi() {
  api ??= createFeedbackApi({ store: () => feedbackStore(), targets: siteTargets });
  return api;
}
