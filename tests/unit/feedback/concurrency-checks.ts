import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { createFeedbackApi } from '@/lib/feedback/feedback-api';
import { knownTargetsFrom } from '@/lib/feedback/known-targets';
import { TokenBucketLimiter } from '@/lib/feedback/rate-limit';
import type { FeedbackStore } from '@/lib/feedback/store';
import { loadTree } from '../wizard/load-fixture';
import { sessionId } from './fixtures';
import type { StorageTarget } from './storage-suite';

const run = promisify(execFile);
const all = { from: 0, to: Number.MAX_SAFE_INTEGER };
const writer = fileURLToPath(new URL('./concurrent-writer.ts', import.meta.url));

function post(path: string, body: unknown, client: number): Request {
  return new Request(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', 'x-forwarded-for': `10.0.${client >> 8}.${client & 255}` },
    body: JSON.stringify(body),
  });
}

/** Many writers at once, then the counts must be exact: nothing lost, nothing doubled. */
export function concurrencyChecks(target: StorageTarget, opened: FeedbackStore[]) {
  it('keeps exact counts under 400 parallel API posts', async () => {
    const database = await target.fresh();
    const store = await database.open();
    opened.push(store);
    const targets = knownTargetsFrom(['printer-offline'], [loadTree('windows-auth-login').tree]);
    const api = createFeedbackApi({
      store: async () => store,
      targets: () => targets,
      limiters: { votes: new TokenBucketLimiter({ capacity: 10, refillPerSecond: 0 }), events: new TokenBucketLimiter({ capacity: 10, refillPerSecond: 0 }) },
    });
    const posts = Array.from({ length: 400 }, (_, index) => [
      api.postVote(post('/api/feedback', { kind: 'article', article: 'printer-offline', helpful: index % 4 !== 0 }, index)),
      api.postEvents(post('/api/events', { events: [{ type: 'step-view', tree: 'windows-auth-login', treeVersion: 2, step: 'which-browsers', session: sessionId(index), seq: 0 }] }, index)),
    ]).flat();
    const statuses = (await Promise.all(posts)).map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(800);
    expect(await store.articleVotes(all)).toEqual([{ article: 'printer-offline', helpful: 300, notHelpful: 100 }]);
    expect(await store.stepFunnel(all)).toEqual([{ tree: 'windows-auth-login', step: 'which-browsers', entry: 'which-browsers', reached: 400, stopped: 400 }]);
  }, 60_000);

  it('keeps exact counts when four app instances migrate and write one new database at once', async () => {
    const database = await target.fresh();
    const perInstance = 100;
    await Promise.all(
      [1, 2, 3, 4].map((instance) =>
        run(process.execPath, ['--conditions=react-server', '--import', 'tsx', writer, String(instance), String(perInstance), ...database.childArgs], { timeout: 60_000 }),
      ),
    );
    const store = await database.open();
    opened.push(store);
    expect(await store.articleVotes(all)).toEqual([{ article: 'printer-offline', helpful: 200, notHelpful: 200 }]);
    expect(await store.stepFunnel(all)).toEqual([
      { tree: 'windows-auth-login', step: 'can-reach-dc', entry: 'which-browsers', reached: 400, stopped: 400 },
      { tree: 'windows-auth-login', step: 'which-browsers', entry: 'which-browsers', reached: 400, stopped: 0 },
    ]);
  }, 90_000);
}
