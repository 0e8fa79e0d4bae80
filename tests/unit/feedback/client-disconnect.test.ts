import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { siteRequestListener } from '@/scripts/site-server.mjs';
import { sendRequest } from '../misc/http-client';
import { apiOnFreshDatabase } from './api-harness';
import { asNodeHandler } from './node-bridge';

const page = `<!doctype html><html><body>${'<p>Kerberos falls back to NTLM when the SPN is missing.</p>'.repeat(4000)}</body></html>`;

let server: Server;
let staticDir: string;
let harness: ReturnType<typeof apiOnFreshDatabase>;
let finished: Promise<void>[] = [];

/** Sends raw bytes, then resets the connection once `cutWhen` says so: a tab closed mid-request. */
function disconnectingClient(request: string, cutWhen: 'after-sending' | 'at-first-byte') {
  const { port } = server.address() as AddressInfo;
  return new Promise<void>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(request);
      if (cutWhen === 'after-sending') setTimeout(() => socket.resetAndDestroy(), 50);
    });
    socket.once('data', () => socket.resetAndDestroy());
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'fixpath-static-'));
  harness = apiOnFreshDatabase();
  const vote = asNodeHandler(harness.api.postVote);
  // Stands in for Next: the vote API, and a long page streamed in parts as a render streams.
  const handleByNext = (request: IncomingMessage, response: ServerResponse) => {
    const done = new Promise<void>((resolve) => response.once('close', resolve));
    finished.push(done);
    if (request.url === '/api/feedback') return vote(request, response);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' });
    let offset = 0;
    const next = () => {
      if (offset >= page.length) return response.end();
      // compression's write takes no callback: wait for drain when the buffer is full, as a stream does.
      if (response.write(page.slice(offset, (offset += 8192)))) setImmediate(next);
      else response.once('drain', next);
    };
    next();
  };
  server = createServer(siteRequestListener(handleByNext, staticDir));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  server.close();
  rmSync(staticDir, { recursive: true, force: true });
  await harness.dispose();
});

describe('a client that goes away mid-request or mid-response', () => {
  it('is normal traffic: nothing is logged, nothing is stored, and the server goes on serving', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    finished = [];
    await disconnectingClient(
      'POST /api/feedback HTTP/1.1\r\nHost: fixpath.test\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"kind":"article",',
      'after-sending',
    );
    await disconnectingClient('GET /articles/long HTTP/1.1\r\nHost: fixpath.test\r\nAccept-Encoding: br\r\n\r\n', 'at-first-byte');
    await Promise.all(finished);
    // Let any late error (a rejected body read, a write after close) surface before looking.
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(harness.logged).toEqual([]);
    expect(await harness.store.articleVotes({ from: 0, to: Number.MAX_SAFE_INTEGER })).toEqual([]);
    expect((await sendRequest(server, '/articles/long', { headers: { 'accept-encoding': 'identity' } })).body.toString()).toBe(page);
    errors.mockRestore();
    warnings.mockRestore();
  });
});
