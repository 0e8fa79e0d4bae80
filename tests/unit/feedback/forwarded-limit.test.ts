import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '@/lib/feedback/rate-limit';
import { trustedProxies } from '@/scripts/forwarded-headers.mjs';
import { siteRequestListener } from '@/scripts/site-server.mjs';
import { sendRequest } from '../misc/http-client';
import { ARTICLE, everything, freshApiPerTest } from './api-harness';
import { asNodeHandler } from './node-bridge';

const fresh = freshApiPerTest();
const servers: Server[] = [];
const dirs: string[] = [];
afterEach(() => {
  servers.splice(0).forEach((server) => server.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** The vote API behind `npm start`'s real request listener, on a loopback port, allowing 3 votes per client. */
async function siteWithVoteApi(trustedProxiesSetting: string | undefined) {
  const harness = fresh({ limiters: { votes: new TokenBucketLimiter({ capacity: 3, refillPerSecond: 0 }) } });
  const staticDir = mkdtempSync(path.join(tmpdir(), 'fixpath-static-'));
  dirs.push(staticDir);
  const listener = siteRequestListener(asNodeHandler(harness.api.postVote), staticDir, undefined, { trustProxy: trustedProxies(trustedProxiesSetting) });
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const vote = (forwardedFor: string) =>
    sendRequest(server, '/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ kind: 'article', article: ARTICLE, helpful: true }),
    });
  return { ...harness, vote };
}

describe('the rate limit behind npm start', () => {
  it('is not escaped by a client that sends a new X-Forwarded-For with every vote, when no proxy is trusted', async () => {
    const { vote, store } = await siteWithVoteApi(undefined);
    const statuses: number[] = [];
    for (let n = 1; n <= 8; n++) statuses.push((await vote(`198.51.100.${n}`)).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429, 429, 429]);
    expect(await store.articleVotes(everything)).toEqual([{ article: ARTICLE, helpful: 3, notHelpful: 0 }]);
  });

  it('counts per forwarded address when the test client is a trusted proxy', async () => {
    const { vote } = await siteWithVoteApi('127.0.0.1, ::1');
    const first = [1, 2, 3, 4].map(() => vote('198.51.100.1'));
    const statuses = await Promise.all(first);
    expect(statuses.map((reply) => reply.status).sort()).toEqual([201, 201, 201, 429]);
    // Another client behind the same proxy has its own budget; the address nearest the proxy counts.
    expect((await vote('198.51.100.2')).status).toBe(201);
    expect((await vote('203.0.113.66, 198.51.100.3')).status).toBe(201);
  });

  it('trusts a number of hops as Express does: with one, the address the proxy saw counts', async () => {
    const { vote } = await siteWithVoteApi('1');
    for (let n = 0; n < 3; n++) expect((await vote(`203.0.113.${n}, 198.51.100.7`)).status).toBe(201);
    expect((await vote('203.0.113.99, 198.51.100.7')).status).toBe(429);
  });
});
