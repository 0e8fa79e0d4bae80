/**
 * `npm run feedback:backup -- <file>`: a consistent copy of the SQLite feedback store, safe to take
 * while the site runs. PostgreSQL has its own tools for this (pg_dump); README says how to restore.
 */
import { describeStorage, feedbackStorageConfig } from '../lib/feedback/config';
import { backupSqliteStore } from '../lib/feedback/sqlite-backup.server';

const destination = process.argv[2];
if (!destination || process.argv.length > 3) {
  console.error('Usage: npm run feedback:backup -- <file>   (copies the SQLite file FIXPATH_DB names, default data/fixpath.db)');
  process.exit(2);
}

const config = feedbackStorageConfig();
if (config.dialect === 'postgres') {
  console.error(
    `Feedback is stored in ${describeStorage(config)}, not in a SQLite file: back it up with PostgreSQL's own tools, ` +
      'for example pg_dump --format=custom --file=fixpath.dump "$DATABASE_URL" (README: Backing up feedback).',
  );
  process.exit(2);
}

try {
  const summary = await backupSqliteStore(config.file, destination);
  const size = `${Math.ceil(summary.bytes / 1024)} KB`;
  console.log(`Backed up ${describeStorage(config)} to ${summary.destination}: ${summary.votes} votes, schema version ${summary.schemaVersion}, ${size}.`);
} catch (error) {
  console.error(`Feedback backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
