/**
 * Bytes a page actually pulled over the wire, from the DevTools protocol: each response's
 * `encodedDataLength` at `Network.loadingFinished` (compressed body plus headers), grouped by what
 * the browser took it for. Performance timing entries would miss the document's own headers.
 */
import type { CDPSession } from 'playwright-core';

/** Bytes by kind of response. */
export interface ByteCounts {
  total: number;
  html: number;
  js: number;
  css: number;
  other: number;
  requests: number;
}

interface Request {
  phase: string;
  type: string;
  bytes?: number;
  finishedAt?: number;
}

const KIND: Record<string, keyof Omit<ByteCounts, 'total' | 'requests'>> = { Document: 'html', Script: 'js', Stylesheet: 'css' };

function sum(requests: Iterable<Request>): ByteCounts {
  const counts: ByteCounts = { total: 0, html: 0, js: 0, css: 0, other: 0, requests: 0 };
  for (const request of requests) {
    if (request.bytes === undefined) continue;
    counts[KIND[request.type] ?? 'other'] += request.bytes;
    counts.total += request.bytes;
    counts.requests += 1;
  }
  return counts;
}

/**
 * Records every response from now on. Requests are tagged with the phase current when they were
 * sent (`startPhase`), so "what did focusing the search box fetch" is one phase's sum.
 */
export async function recordNetwork(cdp: CDPSession) {
  const requests = new Map<string, Request>();
  let phase = 'load';
  cdp.on('Network.requestWillBeSent', (event) => requests.set(event.requestId, { phase, type: event.type ?? 'Other' }));
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.type = event.type;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (request) Object.assign(request, { bytes: event.encodedDataLength, finishedAt: event.timestamp });
  });
  await cdp.send('Network.enable');
  // Every measured load is a first visit: nothing from the memory or disk cache.
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const all = () => [...requests.values()];
  return {
    startPhase: (name: string) => void (phase = name),
    /** Responses finished by protocol time `until` (a `Page.loadEventFired` timestamp). */
    finishedBy: (until: number) => sum(all().filter((request) => (request.finishedAt ?? Infinity) <= until)),
    ofPhase: (name: string) => sum(all().filter((request) => request.phase === name)),
  };
}
