/**
 * A separate app instance for the concurrency test: opens the database named on the command line
 * (migrating it if it is first) and writes `count` votes and step views at once.
 *   node --conditions=react-server --import tsx concurrent-writer.ts <instance> <count> sqlite <file>
 *   node --conditions=react-server --import tsx concurrent-writer.ts <instance> <count> postgres <url> <schema>
 */
import { openPostgresStore } from '@/lib/feedback/postgres-store.server';
import { openSqliteStore } from '@/lib/feedback/sqlite-store.server';
import { articleVote, sessionId, stepView } from './fixtures';

const [instanceArg, countArg, dialect, target, schema] = process.argv.slice(2);
const instance = Number(instanceArg);
const count = Number(countArg);
if (!target || !Number.isInteger(instance) || !Number.isInteger(count)) throw new Error('usage: concurrent-writer.ts <instance> <count> sqlite|postgres <target> [schema]');

const store = dialect === 'postgres' ? await openPostgresStore({ connectionString: target, schema }) : openSqliteStore(target);
await Promise.all(
  Array.from({ length: count }, async (_, index) => {
    const session = sessionId(instance * 100_000 + index);
    await Promise.all([
      store.recordVote(articleVote('printer-offline', index % 2 === 0), Date.now()),
      store.recordStepViews([stepView(session, 'which-browsers', 0), stepView(session, 'can-reach-dc', 1)], Date.now()),
    ]);
  }),
);
await store.close();
