/**
 * Throughput of `next start` on one cached article page, with autocannon 9 from loopback, bounded
 * in time. Run as its own process (the CLI) so the load generator does not share this script's
 * event loop with anything else.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

/** autocannon's summary, reduced to what the targets need. */
export interface LoadFigures {
  url: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

interface AutocannonJson {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Warms the page (so it is served from Next's cache), then loads it for `durationSeconds`. */
export async function measureLoad(appDir: string, url: string, connections = 50, durationSeconds = 10): Promise<LoadFigures> {
  const warm = await fetch(url);
  if (!warm.ok) throw new Error(`${url} answered ${warm.status}`);
  const cli = path.join(appDir, 'node_modules', 'autocannon', 'autocannon.js');
  // Ask for gzip as browsers do: what readers get is the compressed page, compressed per request.
  const args = [cli, '--json', '-c', String(connections), '-d', String(durationSeconds), '-H', 'accept-encoding=gzip', url];
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    maxBuffer: 16 * 2 ** 20,
  });
  const result = JSON.parse(stdout) as AutocannonJson;
  return {
    url,
    connections,
    durationSeconds,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
