import { describe, expect, it } from 'vitest';
import { safeBackPath } from '@/lib/feedback/back-path';
import { feedbackThanksPath } from '@/lib/paths';
import { describeStorage, feedbackStorageConfig } from '@/lib/feedback/config';
import { resolveDayRange } from '@/lib/feedback/date-range';
import { migrations, pendingMigrations, SchemaTooNewError } from '@/lib/feedback/migrations';
import { numberPlaceholders } from '@/lib/feedback/postgres-store.server';
import { crossOriginProblem } from '@/lib/feedback/same-origin';

describe('crossOriginProblem', () => {
  it.each([
    [{ 'sec-fetch-site': 'same-origin' }, undefined],
    [{ 'sec-fetch-site': 'same-site', origin: 'https://sub.fixpath.test', host: 'fixpath.test' }, 'the request came from another site (Sec-Fetch-Site: same-site)'],
    [{ origin: 'https://fixpath.test', host: 'fixpath.test' }, undefined],
    [{ origin: 'https://fixpath.test', host: 'internal:3000', 'x-forwarded-host': 'fixpath.test' }, undefined],
    [{ origin: 'null', host: 'fixpath.test' }, 'the request came from another site (Origin: null)'],
    [{}, undefined],
  ])('%j → %s', (headers, expected) => {
    expect(crossOriginProblem(new Headers(headers))).toBe(expected);
  });
});

describe('safeBackPath', () => {
  it('keeps article and troubleshooter step paths, with answers', () => {
    expect(safeBackPath('/articles/printer-offline')).toBe('/articles/printer-offline');
    expect(safeBackPath('/wizard/windows-auth-login/escalate?answers=a:b,c:d')).toBe('/wizard/windows-auth-login/escalate?answers=a:b,c:d');
  });
  it.each(['//evil.example', 'https://evil.example/articles/x', '/articles/x/../../admin', '/insights', '/articles/x#y', undefined, 3])(
    'drops %j',
    (value) => expect(safeBackPath(value)).toBeUndefined(),
  );
  it('builds the thank-you address', () => {
    expect(feedbackThanksPath('/articles/a', { vote: 'id' })).toBe('/feedback/thanks?back=%2Farticles%2Fa&vote=id');
    expect(feedbackThanksPath(undefined, { comment: 'added' })).toBe('/feedback/thanks?comment=added');
  });
});

describe('resolveDayRange', () => {
  const now = Date.UTC(2026, 10, 28, 15);
  it('defaults to the last 30 days up to today, as a half-open window', () => {
    const range = resolveDayRange({}, now);
    expect(range.days).toEqual({ from: '2026-10-30', to: '2026-11-28' });
    expect(range.window).toEqual({ from: Date.UTC(2026, 9, 30), to: Date.UTC(2026, 10, 29) });
    expect(range.problems).toEqual([]);
  });
  it('reports impossible dates and swaps a reversed range', () => {
    expect(resolveDayRange({ from: '2026-02-30' }, now).problems).toEqual(['"2026-02-30" is not a date like 2026-01-31, so from is 2026-10-30']);
    const swapped = resolveDayRange({ from: '2026-03-01', to: '2026-01-01' }, now);
    expect(swapped.days).toEqual({ from: '2026-01-01', to: '2026-03-01' });
    expect(swapped.problems).toHaveLength(1);
  });
});

describe('storage configuration', () => {
  it('uses the SQLite file unless DATABASE_URL is set', () => {
    expect(feedbackStorageConfig({})).toEqual({ dialect: 'sqlite', file: 'data/fixpath.db' });
    expect(feedbackStorageConfig({ FIXPATH_DB: '/var/lib/fixpath/feedback.db', DATABASE_URL: '' })).toEqual({ dialect: 'sqlite', file: '/var/lib/fixpath/feedback.db' });
    expect(feedbackStorageConfig({ DATABASE_URL: 'postgres://u:p@db:5432/fixpath' })).toEqual({ dialect: 'postgres', connectionString: 'postgres://u:p@db:5432/fixpath' });
  });
  it('refuses a DATABASE_URL that is not PostgreSQL, and never shows the password', () => {
    expect(() => feedbackStorageConfig({ DATABASE_URL: 'mysql://db' })).toThrow('DATABASE_URL must be a PostgreSQL URL');
    expect(describeStorage({ dialect: 'postgres', connectionString: 'postgres://u:secret@db:5432/fixpath' })).toBe('PostgreSQL at db:5432/fixpath');
  });
});

describe('migrations', () => {
  it('are numbered 1, 2, … with no gap, so every database climbs the same steps', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });
  it('lists what is still to apply, and refuses a database newer than the code', () => {
    expect(pendingMigrations(0).map((migration) => migration.version)).toEqual(migrations.map((migration) => migration.version));
    expect(pendingMigrations(migrations.length)).toEqual([]);
    expect(() => pendingMigrations(migrations.length + 1)).toThrow(SchemaTooNewError);
  });
  it('number placeholders for PostgreSQL', () => {
    expect(numberPlaceholders('SELECT ? + ?, ?')).toBe('SELECT $1 + $2, $3');
  });
});
