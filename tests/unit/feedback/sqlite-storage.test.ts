import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { openSqliteStore } from '@/lib/feedback/sqlite-store.server';
import { storageSuite } from './storage-suite';

const dir = mkdtempSync(path.join(tmpdir(), 'fixpath-sqlite-'));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storageSuite({
  label: 'SQLite',
  async fresh() {
    // A folder that does not exist yet: the store must create it, as on a first `npm start`.
    const file = path.join(dir, `db-${++files}`, 'fixpath.db');
    return {
      open: async () => openSqliteStore(file),
      childArgs: ['sqlite', file],
      dialect: 'sqlite',
      async execRaw(statements) {
        mkdirSync(path.dirname(file), { recursive: true });
        const db = new Database(file);
        try {
          for (const sql of statements) db.exec(sql);
        } finally {
          db.close();
        }
      },
    };
  },
});
