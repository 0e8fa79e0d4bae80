import 'server-only';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** What a finished backup holds, for the line the command prints. */
export interface BackupSummary {
  destination: string;
  bytes: number;
  votes: number;
  schemaVersion: number;
}

type Row = Record<string, unknown>;

/**
 * Copies the SQLite store at `source` to `destination` while the site goes on writing to it, with
 * SQLite's online backup: every page is copied in one step, so the copy is one committed state of
 * the database (a write that lands meanwhile is in the source, not half in the copy). The copy is
 * checked, turned into one self-contained file (no -wal beside it), and only then renamed into
 * place, so a file at `destination` is always a whole backup.
 */
export async function backupSqliteStore(source: string, destination: string): Promise<BackupSummary> {
  const from = path.resolve(source);
  const to = path.resolve(destination);
  if (!existsSync(from)) throw new Error(`There is no feedback database at ${from} to back up: is FIXPATH_DB set as the site's?`);
  if (from === to) throw new Error(`The backup must go to another file than the database itself (${from}).`);
  const partial = `${to}.partial`;
  rmSync(partial, { force: true });

  const db = new Database(from, { fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(partial, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }

  const copy = new Database(partial);
  let summary: Omit<BackupSummary, 'bytes' | 'destination'>;
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`The copy in ${partial} failed SQLite's check (${String(check)}); the database itself may be damaged.`);
    copy.pragma('journal_mode = DELETE');
    const votes = Number((copy.prepare('SELECT COUNT(*) AS n FROM feedback').get() as Row).n);
    const schemaVersion = Number((copy.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as Row).version ?? 0);
    summary = { votes, schemaVersion };
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  renameSync(partial, to);
  return { ...summary, destination: to, bytes: statSync(to).size };
}
