import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { settleForwardedHeaders, trustedProxies } from '@/scripts/forwarded-headers.mjs';

/** A request as the site server receives it: headers from the client, the peer from the socket. */
function arriving(peer: string, headers: Record<string, string>): IncomingMessage {
  return { headers: { ...headers }, socket: { remoteAddress: peer } } as unknown as IncomingMessage;
}

const claims = { host: 'internal:3000', 'x-forwarded-for': '203.0.113.5', 'x-forwarded-host': 'fixpath.example', 'x-forwarded-proto': 'https' };

describe('settleForwardedHeaders', () => {
  it('replaces what an untrusted peer claims with what the connection shows', () => {
    const request = arriving('198.51.100.20', claims);
    settleForwardedHeaders(request, trustedProxies(undefined));
    expect(request.headers).toMatchObject({ 'x-forwarded-for': '198.51.100.20', 'x-forwarded-host': 'internal:3000', 'x-forwarded-proto': 'http' });
  });

  it('keeps what a trusted proxy reports: the client it saw, the host and scheme the browser used', () => {
    const request = arriving('10.1.2.3', { ...claims, 'x-forwarded-for': '192.0.2.1, 203.0.113.5' });
    settleForwardedHeaders(request, trustedProxies('10.0.0.0/8'));
    expect(request.headers).toMatchObject({ 'x-forwarded-for': '203.0.113.5', 'x-forwarded-host': 'fixpath.example', 'x-forwarded-proto': 'https' });
  });

  it('matches an IPv4 peer on a dual-stack socket against an IPv4 range', () => {
    const request = arriving('::ffff:10.1.2.3', claims);
    settleForwardedHeaders(request, trustedProxies('10.0.0.0/8'));
    expect(request.headers['x-forwarded-for']).toBe('203.0.113.5');
  });
});

describe('trustedProxies', () => {
  it('refuses a setting it cannot read, saying how to write it', () => {
    expect(() => trustedProxies('10.0.0.0/8, proxy.internal')).toThrow(/FIXPATH_TRUSTED_PROXIES takes addresses or CIDR ranges .*"10.0.0.0\/8, proxy.internal" is not valid/);
  });

  it('trusts named ranges and hop counts', () => {
    expect(trustedProxies('loopback')('::1', 0)).toBe(true);
    expect(trustedProxies('loopback')('192.0.2.1', 0)).toBe(false);
    expect([0, 1, 2].map((hop) => trustedProxies('2')('192.0.2.1', hop))).toEqual([true, true, false]);
  });
});
