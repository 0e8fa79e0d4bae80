import { afterEach, describe, expect, it } from 'vitest';
import nextConfig from '@/next.config.mjs';

const original = process.env.CONTENT_DIR;
afterEach(() => {
  if (original === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = original;
});

describe('troubleshooter redirects in next.config.mjs', () => {
  it('turns every redirect of every tree into a permanent redirect to the live step', async () => {
    process.env.CONTENT_DIR = 'tests/fixtures/content/valid';
    expect(await nextConfig.redirects?.()).toEqual([
      { source: '/wizard/printer-help/old-offline-question', destination: '/wizard/printer-help/is-it-offline', permanent: true },
      { source: '/wizard/printer-help/spooler', destination: '/wizard/printer-help/restart-spooler', permanent: true },
    ]);
  });

  it('has nothing to redirect when a content folder has no troubleshooters', async () => {
    process.env.CONTENT_DIR = 'tests/fixtures/no-such-folder';
    expect(await nextConfig.redirects?.()).toEqual([]);
  });
});
