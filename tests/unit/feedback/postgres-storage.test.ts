import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openPostgresStore } from '@/lib/feedback/postgres-store.server';
import { startTestPostgres, type TestPostgres } from './postgres-server';
import { storageSuite } from './storage-suite';

// Never skipped: without TEST_DATABASE_URL and without the postgresql package, beforeAll fails
// every test below with a message that says what to install.
let server: TestPostgres | undefined;
const schemas: string[] = [];

beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);

afterAll(async () => {
  if (!server) return;
  // A shared server (CI) keeps its database; the schemas this run made go.
  if (schemas.length > 0) {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  await server.stop();
}, 60_000);

storageSuite({
  label: 'PostgreSQL',
  async fresh() {
    if (!server) throw new Error('PostgreSQL did not start (see the error of the beforeAll hook)');
    // Each test gets its own schema: one server, no shared tables.
    const schema = `fixpath_test_${randomBytes(6).toString('hex')}`;
    schemas.push(schema);
    const url = server.url;
    return {
      open: () => openPostgresStore({ connectionString: url, schema }),
      childArgs: ['postgres', url, schema],
      dialect: 'postgres',
      async execRaw(statements) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
          await client.query(`SET search_path TO ${schema}`);
          for (const sql of statements) await client.query(sql);
        } finally {
          await client.end();
        }
      },
    };
  },
});
