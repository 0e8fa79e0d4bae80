import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';

// The proxy reads the trees through the content loader, from the fixture corpus here.
let proxy: typeof import('@/proxy').proxy;
beforeAll(async () => {
  process.env.CONTENT_DIR = 'tests/fixtures/content/valid';
  ({ proxy } = await import('@/proxy'));
});

const request = (path: string) => proxy(new NextRequest(new URL(path, 'https://fixpath.test')));

describe('troubleshooter redirects in the proxy', () => {
  it('answers an old step id with a permanent redirect to the live step, keeping the answers', () => {
    const response = request('/wizard/printer-help/old-offline-question?answers=a:b,c:d');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('https://fixpath.test/wizard/printer-help/is-it-offline?answers=a:b,c:d');
  });

  it('redirects every old id of the tree, and leaves live steps and the tree’s pages alone', () => {
    expect(request('/wizard/printer-help/spooler').headers.get('location')).toBe('https://fixpath.test/wizard/printer-help/restart-spooler');
    for (const path of ['/wizard/printer-help/is-it-offline', '/wizard/printer-help/map', '/wizard/printer-help']) {
      expect(request(path).status, path).toBe(200);
      expect(request(path).headers.get('location'), path).toBeNull();
    }
  });
});
