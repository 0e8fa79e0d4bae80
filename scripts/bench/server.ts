/**
 * The site's server (`npm start`'s: scripts/start.mjs) in the workspace on a free port, stopped by
 * its own pid (started as node directly, so the pid is the server and not an npm wrapper that would
 * leave it running).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { onCleanup } from './cleanup';
import { benchEnv } from './build';

/** A running server and how to stop it. */
export interface Server {
  origin: string;
  pid: number;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServing(origin: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the site's server did not answer at ${origin} within ${timeoutMs / 1000} s`);
}

/** How an app is served: the site's own server, or plain `next start` (the peer). */
const SERVER_ENTRY = {
  site: ['scripts/start.mjs'],
  'next start': ['node_modules/next/dist/bin/next', 'start'],
} as const;

/** Starts the built site; feedback goes to a database inside the workspace. */
export async function startServer(appDir: string, contentDir: string, entry: keyof typeof SERVER_ENTRY = 'site'): Promise<Server> {
  const port = await freePort();
  const env = { ...benchEnv(contentDir), FIXPATH_DB: path.join(appDir, 'data', 'bench.db'), PORT: String(port) };
  const child = spawn(process.execPath, [...SERVER_ENTRY[entry], '-p', String(port), '-H', '127.0.0.1'], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the site\'s server did not start');
  const stop = onCleanup(() => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, 60_000);
  return { origin, pid, stop };
}
