import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '@/lib/feedback/migrations';
import { TokenBucketLimiter } from '@/lib/feedback/rate-limit';
import { backupSqliteStore } from '@/lib/feedback/sqlite-backup.server';
import { openSqliteStore } from '@/lib/feedback/sqlite-store.server';
import { ARTICLE, everything, freshApiPerTest, jsonPost } from './api-harness';

const run = promisify(execFile);
const backupCommand = fileURLToPath(new URL('../../../scripts/feedback-backup.ts', import.meta.url));
const fresh = freshApiPerTest();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const VOTES = 200;

/** Puts a backup where FIXPATH_DB points, as README says (the site stopped), and reads it back. */
async function restore(backupFile: string, dir: string) {
  const restored = path.join(dir, 'restored', 'fixpath.db');
  mkdirSync(path.dirname(restored));
  copyFileSync(backupFile, restored);
  const reopened = openSqliteStore(restored);
  const counts = await reopened.articleVotes(everything);
  const version = await reopened.schemaVersion();
  await reopened.close();
  const db = new Database(restored, { readonly: true });
  const ids = new Set((db.prepare('SELECT id FROM feedback').all() as { id: string }[]).map((row) => row.id));
  const check = db.pragma('integrity_check', { simple: true });
  db.close();
  return { ids, counts, version, check };
}

function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-backup-'));
  dirs.push(dir);
  return dir;
}

describe('backing up the SQLite store', () => {
  it('copies it during 200 concurrent votes; the restored copy holds every vote answered 201 before the backup began', async () => {
    const dir = tempDir();
    const live = path.join(dir, 'live.db');
    const site = openSqliteStore(live);
    const { api } = fresh({ store: async () => site, limiters: { votes: new TokenBucketLimiter({ capacity: VOTES, refillPerSecond: 0 }) } });

    const answered: string[] = [];
    let backupDone!: () => void;
    const afterBackup = new Promise<void>((resolve) => (backupDone = resolve));
    // Votes spread over about half a second, several in flight at once, racing the copy; the last
    // twenty wait for it to end, so some votes surely come after it on a slow machine too.
    const votes = Array.from({ length: VOTES }, async (_, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 2));
      if (index >= VOTES - 20) await afterBackup;
      const response = await api.postVote(jsonPost('/api/feedback', { kind: 'article', article: ARTICLE, helpful: index % 2 === 0 }));
      expect(response.status).toBe(201);
      answered.push(((await response.json()) as { id: string }).id);
    });
    while (answered.length < 40) await new Promise((resolve) => setImmediate(resolve));
    const beforeBackup = [...answered];
    const backupFile = path.join(dir, 'fixpath-backup.db');
    const backup = backupSqliteStore(live, backupFile).finally(backupDone);
    const [summary] = await Promise.all([backup, ...votes]);
    await site.close();
    expect(existsSync(`${backupFile}.partial`)).toBe(false);

    const { ids, counts, version, check } = await restore(backupFile, dir);
    expect(check).toBe('ok');
    expect(version).toBe(LATEST_SCHEMA_VERSION);
    expect(beforeBackup.filter((id) => !ids.has(id))).toEqual([]);
    // Some votes came after the copy was taken: it is a snapshot, and a whole one.
    expect(ids.size).toBeLessThan(VOTES);
    expect(summary.votes).toBe(ids.size);
    expect(counts[0]!.helpful + counts[0]!.notHelpful).toBe(ids.size);
  }, 60_000);

  it('npm run feedback:backup writes the copy and says what it holds; for PostgreSQL it points to pg_dump', async () => {
    const dir = tempDir();
    const live = path.join(dir, 'live.db');
    const site = openSqliteStore(live);
    await site.recordVote({ kind: 'article', article: ARTICLE, helpful: true, language: 'en' }, Date.now());
    const backupFile = path.join(dir, 'nightly.db');
    const { stdout } = await run(process.execPath, ['--conditions=react-server', '--import', 'tsx', backupCommand, backupFile], { env: { ...process.env, FIXPATH_DB: live, DATABASE_URL: '' } });
    await site.close();
    expect(stdout).toBe(`Backed up SQLite file ${live} to ${backupFile}: 1 votes, schema version ${LATEST_SCHEMA_VERSION}, ${Math.ceil(statSync(backupFile).size / 1024)} KB.\n`);
    expect((await restore(backupFile, dir)).ids.size).toBe(1);

    const postgres = run(process.execPath, ['--conditions=react-server', '--import', 'tsx', backupCommand, backupFile], { env: { ...process.env, DATABASE_URL: 'postgres://fixpath:secret@db:5432/fixpath' } });
    await expect(postgres).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('back it up with PostgreSQL\'s own tools, for example pg_dump') });
    await expect(postgres).rejects.toMatchObject({ stderr: expect.not.stringContaining('secret') });
  }, 60_000);
});
