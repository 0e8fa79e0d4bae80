// Types for tests that import the forwarding rules (they stay .mjs so `npm start` runs on plain node).
import type { IncomingMessage } from 'node:http';

/** Whether the peer at `address`, `hop` proxies away from the server, may report the client's address. */
export type TrustProxy = (address: string, hop: number) => boolean;

export const trustNoProxy: TrustProxy;
export function trustedProxies(value: string | undefined): TrustProxy;
export function settleForwardedHeaders(request: IncomingMessage, trust: TrustProxy): void;
