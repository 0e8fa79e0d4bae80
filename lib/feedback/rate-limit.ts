import { createHash, randomBytes } from 'node:crypto';

/** A bucket holds `capacity` requests and regains `refillPerSecond` of them each second. */
export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
  /** Clients remembered at most; beyond it the least recently seen are forgotten (memory stays bounded). */
  maxClients?: number;
}

/** Whether a request may go ahead, and if not, when the client may try again. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per client, in this process's memory. With several instances each keeps its own:
 * a client gets at most (instances × capacity) in a burst, which is fine for a courtesy limit whose
 * job is to stop floods, not to meter anyone.
 */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly options: RateLimitOptions,
    private readonly clock: () => number = Date.now,
  ) {}

  take(clientKey: string): RateLimitDecision {
    const now = this.clock();
    const { capacity, refillPerSecond } = this.options;
    const previous = this.buckets.get(clientKey);
    const refilled = previous ? Math.min(capacity, previous.tokens + ((now - previous.updatedAt) / 1000) * refillPerSecond) : capacity;
    // Re-inserting moves the client to the end of the Map's order: the front is the least recent.
    this.buckets.delete(clientKey);
    if (refilled < 1) {
      this.buckets.set(clientKey, { tokens: refilled, updatedAt: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - refilled) / refillPerSecond)) };
    }
    this.buckets.set(clientKey, { tokens: refilled - 1, updatedAt: now });
    this.forgetOldest();
    return { allowed: true };
  }

  private forgetOldest() {
    const max = this.options.maxClients ?? 10_000;
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= max) break;
      this.buckets.delete(key);
    }
  }
}

// A random salt per process: the keys in memory cannot be turned back into addresses, and they
// mean nothing after a restart. No address is ever written anywhere.
const salt = randomBytes(16);

/**
 * Who is asking, as an opaque key. Under `npm start` the first `x-forwarded-for` address is the one
 * the connection vouches for (scripts/forwarded-headers.mjs replaces whatever the client sent, unless
 * FIXPATH_TRUSTED_PROXIES names its peer); `next dev` passes on what the client sent.
 */
export function clientKey(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const address = forwarded || headers.get('x-real-ip') || 'unknown';
  return createHash('sha256').update(salt).update(address).digest('base64url').slice(0, 22);
}
