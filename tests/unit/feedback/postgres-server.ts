import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A PostgreSQL server the storage suite may create schemas in. */
export interface TestPostgres {
  url: string;
  /** Where it came from, for the test name. */
  source: string;
  stop(): Promise<void>;
}

export const MISSING_POSTGRES = [
  'The PostgreSQL half of the feedback storage suite needs a PostgreSQL server, and none is available.',
  'Either set TEST_DATABASE_URL=postgres://user:password@host:5432/database (a database the tests may create schemas in;',
  '.ci/run does this), or install the Debian package `postgresql` (apt-get install postgresql), whose initdb and pg_ctl',
  'in /usr/lib/postgresql/<version>/bin let the suite start a throwaway server of its own.',
].join('\n');

// Debian keeps the server programs out of PATH, one folder per major version; take the newest.
function findServerBin(): string | undefined {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl')));
  if (onPath) return onPath;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => path.join(root, version, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * TEST_DATABASE_URL when set (CI provides one); otherwise a throwaway server in a temporary folder,
 * started with the machine's initdb and pg_ctl; otherwise an error that names the package to install.
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  if (process.env.TEST_DATABASE_URL) {
    return { url: process.env.TEST_DATABASE_URL, source: 'TEST_DATABASE_URL', stop: async () => undefined };
  }
  const bin = findServerBin();
  if (!bin) throw new Error(MISSING_POSTGRES);

  const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const command = async (program: string, args: string[]) => {
    const file = path.join(bin, program);
    await (asRoot ? run('runuser', ['-u', 'postgres', '--', file, ...args]) : run(file, args));
  };
  if (asRoot) chownSync(dir, Number((await run('id', ['-u', 'postgres'])).stdout.trim()), Number((await run('id', ['-g', 'postgres'])).stdout.trim()));

  const port = await freePort();
  await command('initdb', ['-D', data, '-U', 'fixpath', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
  // fsync off: a test server lives for seconds and its data is thrown away.
  await command('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']);
  return {
    url: `postgres://fixpath@127.0.0.1:${port}/postgres`,
    source: `throwaway server from ${bin}`,
    async stop() {
      await command('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
