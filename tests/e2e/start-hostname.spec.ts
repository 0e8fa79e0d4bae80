import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { stepPath } from '../../lib/paths';
import { E2E_BUILD_DIR } from './e2e-build';
import { loadShippedTree } from './wizard-tree';

// `npm start -- -H <address>` serves on one address only. The step links with answers (and the
// notice of a changed question) are rewritten by proxy.ts to routes of their own; when the server
// told Next its hostname, Next fetched them as another origin and they answered 404.
const port = Number(process.env.E2E_PORT ?? 3100) + 57;
const origin = `http://127.0.0.1:${port}`;
const tree = loadShippedTree();
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/start.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FIXPATH_DIST_DIR: E2E_BUILD_DIR, FIXPATH_DB: 'data/e2e/hostname.db' },
    stdio: 'ignore',
  });
  await expect(async () => expect((await fetch(origin)).ok).toBe(true)).toPass({ timeout: 30_000 });
});
test.afterAll(() => {
  server?.kill();
});

test('a server started on one address answers step links with answers and the changed-question notice', async ({ request }) => {
  const first = tree.nodes.find((node) => node.id === tree.start);
  if (first?.type !== 'question') throw new Error('the shipped tree starts with a question');
  const option = first.options[0]!;
  const next = tree.nodes.find((node) => node.id === option.next)!;
  const link = stepPath(tree.id, next.id, [{ questionId: first.id, optionId: option.id }]);
  const withAnswers = await request.get(origin + link, { headers: { 'Sec-Fetch-Dest': 'document' } });
  expect(withAnswers.status()).toBe(200);
  expect(await withAnswers.text()).toContain(`value="${origin}${link.replaceAll('&', '&amp;')}"`);
  const unknown = await request.get(`${origin}${stepPath(tree.id, next.id, [])}?answers=made-up:answer`, { headers: { 'Sec-Fetch-Dest': 'document' } });
  expect(unknown.status()).toBe(200);
  expect(await unknown.text()).toContain('answers in this link');
});
