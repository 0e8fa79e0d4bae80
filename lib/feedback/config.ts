import 'server-only';
import { z } from 'zod';

/** Where feedback is stored when nothing is configured: a file beside the app, made on first use. */
export const DEFAULT_SQLITE_FILE = 'data/fixpath.db';

const feedbackEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/database')
    .optional(),
  FIXPATH_DB: z.string().min(1).default(DEFAULT_SQLITE_FILE),
});

/** Which database the app uses, decided by the environment. */
export type FeedbackStorageConfig =
  | { dialect: 'postgres'; connectionString: string }
  | { dialect: 'sqlite'; file: string };

/**
 * DATABASE_URL set → PostgreSQL (several instances share it); otherwise the SQLite file FIXPATH_DB.
 * Empty values count as unset, so `DATABASE_URL= npm start` means SQLite.
 */
export function feedbackStorageConfig(env: Readonly<Record<string, string | undefined>> = process.env): FeedbackStorageConfig {
  const parsed = feedbackEnvSchema.safeParse({
    DATABASE_URL: env.DATABASE_URL || undefined,
    FIXPATH_DB: env.FIXPATH_DB || undefined,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  const { DATABASE_URL, FIXPATH_DB } = parsed.data;
  return DATABASE_URL ? { dialect: 'postgres', connectionString: DATABASE_URL } : { dialect: 'sqlite', file: FIXPATH_DB };
}

/** A description safe for logs and pages: never the password in DATABASE_URL. */
export function describeStorage(config: FeedbackStorageConfig): string {
  if (config.dialect === 'sqlite') return `SQLite file ${config.file}`;
  try {
    const url = new URL(config.connectionString);
    return `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL does not parse as a URL)';
  }
}
