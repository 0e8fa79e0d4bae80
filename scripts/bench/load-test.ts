/**
 * Throughput of the site's server on one cached article page, from loopback and bounded in time, with
 * autocannon 9 (a devDependency, always there) and, when it is installed, wrk. Each load generator
 * runs as its own process. On a 2-core machine the generator competes with the server for CPU:
 * autocannon, itself Node, takes most of a core, wrk far less, so both figures are reported.
 */
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

export type LoadTool = 'autocannon' | 'wrk';

/** One run's summary, reduced to what the targets need. */
export interface LoadFigures {
  tool: LoadTool;
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

const run = promisify(execFile);
// Ask for a compressed page as browsers do (gzip, which every client takes; the larger of the two
// copies the server keeps).
const ACCEPT_ENCODING = 'accept-encoding';
const GZIP = 'gzip';

/** The load generators this machine has: autocannon always, wrk when it is on the PATH. */
export function availableLoadTools(): LoadTool[] {
  const wrk = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  return wrk.error ? ['autocannon'] : ['autocannon', 'wrk'];
}

/** Warms the page (so it is served from the server's page cache), then loads it for `durationSeconds`. */
export async function measureLoad(tool: LoadTool, appDir: string, url: string, connections = 50, durationSeconds = 10): Promise<LoadFigures> {
  const warm = await fetch(url);
  if (!warm.ok) throw new Error(`${url} answered ${warm.status}`);
  return tool === 'wrk' ? runWrk(url, connections, durationSeconds) : runAutocannon(appDir, url, connections, durationSeconds);
}

async function runAutocannon(appDir: string, url: string, connections: number, durationSeconds: number): Promise<LoadFigures> {
  const cli = path.join(appDir, 'node_modules', 'autocannon', 'autocannon.js');
  const args = [cli, '--json', '-c', String(connections), '-d', String(durationSeconds), '-H', `${ACCEPT_ENCODING}=${GZIP}`, url];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 2 ** 20 });
  const result = JSON.parse(stdout) as AutocannonJson;
  return {
    tool: 'autocannon',
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

/** wrk's duration units (us, ms, s) in milliseconds. */
function toMs(value: string, unit: string): number {
  const factor = unit === 'us' ? 0.001 : unit === 's' ? 1000 : 1;
  return Number(value) * factor;
}

/** Reads wrk's text report (`--latency`), which has no machine-readable form without a Lua script. */
export function parseWrkReport(report: string): Pick<LoadFigures, 'requestsPerSecond' | 'latencyP50Ms' | 'latencyP99Ms' | 'requests' | 'non2xx' | 'errors' | 'timeouts'> {
  const number = (pattern: RegExp) => Number(pattern.exec(report)?.[1] ?? 0);
  const latency = (percent: string) => {
    const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(report);
    if (!match) throw new Error(`wrk report has no ${percent}% latency:\n${report}`);
    return toMs(match[1]!, match[2]!);
  };
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report);
  const requestsPerSecond = number(/Requests\/sec:\s+([\d.]+)/);
  if (!requestsPerSecond) throw new Error(`wrk report has no Requests/sec:\n${report}`);
  return {
    requestsPerSecond,
    latencyP50Ms: latency('50'),
    latencyP99Ms: latency('99'),
    requests: number(/(\d+) requests in/),
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    errors: socketErrors ? Number(socketErrors[1]) + Number(socketErrors[2]) + Number(socketErrors[3]) : 0,
    timeouts: socketErrors ? Number(socketErrors[4]) : 0,
  };
}

async function runWrk(url: string, connections: number, durationSeconds: number): Promise<LoadFigures> {
  const args = ['-t', '1', '-c', String(connections), '-d', `${durationSeconds}s`, '--latency', '-H', `${ACCEPT_ENCODING}: ${GZIP}`, url];
  const { stdout } = await run('wrk', args, { maxBuffer: 2 ** 20 });
  return { tool: 'wrk', url, connections, durationSeconds, ...parseWrkReport(stdout) };
}
