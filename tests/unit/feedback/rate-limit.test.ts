import { describe, expect, it } from 'vitest';
import { clientKey, TokenBucketLimiter } from '@/lib/feedback/rate-limit';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucketLimiter', () => {
  it('allows a burst up to the capacity, then one request per refill period', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ capacity: 3, refillPerSecond: 0.5 }, time.now);
    expect([1, 2, 3].map(() => limiter.take('a').allowed)).toEqual([true, true, true]);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    time.advance(1000);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    time.advance(1000);
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('keeps clients apart', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001 }, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('forgets the least recently seen clients beyond maxClients, so memory stays bounded', () => {
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 2 }, () => 0);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    // "a" was forgotten, so it starts with a full bucket again; "c" was not.
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('c').allowed).toBe(false);
  });
});

describe('clientKey', () => {
  it('is stable for one address, differs between addresses, and never contains the address', () => {
    const key = (address: string) => clientKey(new Headers({ 'x-forwarded-for': `${address}, 10.0.0.1` }));
    expect(key('203.0.113.9')).toBe(key('203.0.113.9'));
    expect(key('203.0.113.9')).not.toBe(key('203.0.113.10'));
    expect(key('203.0.113.9')).not.toContain('203');
  });
});
