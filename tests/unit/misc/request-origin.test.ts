import { describe, expect, it } from 'vitest';
import { requestOrigin } from '@/lib/request-origin';

const origin = (headers: Record<string, string>) => requestOrigin(new Headers(headers));

describe('requestOrigin', () => {
  it('is the host the browser asked for, over the protocol the server or a trusted proxy reports', () => {
    expect(origin({ host: '127.0.0.1:3111' })).toBe('http://127.0.0.1:3111');
    expect(origin({ host: 'localhost:3000', 'x-forwarded-host': 'Support.Example.com', 'x-forwarded-proto': 'https' })).toBe('https://support.example.com');
    expect(origin({ 'x-forwarded-host': 'support.example.com:443, proxy.internal', 'x-forwarded-proto': 'https,http' })).toBe('https://support.example.com');
    expect(origin({ host: '[::1]:3000' })).toBe('http://[::1]:3000');
  });

  it('is undefined for a host or protocol that is not one, so nothing else reaches a page', () => {
    const invalid: Record<string, string>[] = [
      {},
      { host: 'evil.example/path' },
      { host: 'user@evil.example' },
      { host: 'evil example' },
      { host: 'example.com', 'x-forwarded-proto': 'javascript' },
    ];
    for (const headers of invalid) {
      expect(origin(headers), JSON.stringify(headers)).toBeUndefined();
    }
  });
});
