import 'server-only';
import { describeStorage, feedbackStorageConfig, type FeedbackStorageConfig } from './config';
import { openPostgresStore } from './postgres-store.server';
import { openSqliteStore } from './sqlite-store.server';
import { isStorageUnavailable, StorageUnavailableError, type FeedbackStore } from './store';

/** Opens the store the configuration names; failures become {@link StorageUnavailableError}. */
export async function openFeedbackStore(config: FeedbackStorageConfig): Promise<FeedbackStore> {
  try {
    return config.dialect === 'postgres'
      ? await openPostgresStore({ connectionString: config.connectionString })
      : openSqliteStore(config.file);
  } catch (error) {
    if (isStorageUnavailable(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StorageUnavailableError(`Feedback storage (${describeStorage(config)}) could not be opened: ${reason}`, { cause: error });
  }
}

/** After a failed open, requests within this time fail fast instead of each waiting on a dead server. */
const RETRY_AFTER_FAILURE_MS = 2000;

interface SharedStore {
  pending?: Promise<FeedbackStore>;
  failedAt?: number;
  failure?: StorageUnavailableError;
}

// Next bundles each route separately; a process-wide slot keeps one connection pool (or one SQLite
// handle) per process instead of one per route module.
const slot = Symbol.for('fixpath.feedback.store');
const shared = ((globalThis as { [slot]?: SharedStore })[slot] ??= {});

/** The process's store, opened on first use from the environment; reopened after a failure. */
export function feedbackStore(now = Date.now()): Promise<FeedbackStore> {
  if (shared.pending) return shared.pending;
  if (shared.failure && shared.failedAt !== undefined && now - shared.failedAt < RETRY_AFTER_FAILURE_MS) {
    return Promise.reject(shared.failure);
  }
  const pending = (async () => {
    let config: FeedbackStorageConfig;
    try {
      config = feedbackStorageConfig();
    } catch (error) {
      throw new StorageUnavailableError(`Feedback storage is misconfigured: ${(error as Error).message}`, { cause: error });
    }
    return openFeedbackStore(config);
  })();
  shared.pending = pending;
  pending.then(
    () => {
      shared.failure = undefined;
    },
    (error: unknown) => {
      shared.pending = undefined;
      shared.failedAt = Date.now();
      shared.failure = isStorageUnavailable(error) ? error : new StorageUnavailableError(String(error), { cause: error });
    },
  );
  return pending;
}
