import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function serverModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverModules(file);
    return entry.name.endsWith('.server.ts') ? [file] : [];
  });
}

// A `.server.ts` name is a promise that the module never reaches a browser; the import of
// `server-only` is what makes `next build` fail, with the import trace, when a client module breaks it.
describe('server modules', () => {
  it('every lib/**/*.server.ts imports server-only first', () => {
    const modules = serverModules('lib');
    expect(modules.length).toBeGreaterThan(20);
    const unmarked = modules.filter((file) => !/^import 'server-only';$/m.test(readFileSync(file, 'utf8').split('\n').find((line) => line.startsWith('import')) ?? ''));
    expect(unmarked).toEqual([]);
  });
});
