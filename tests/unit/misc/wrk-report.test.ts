import { describe, expect, it } from 'vitest';
import { parseWrkReport } from '@/scripts/bench/load-test';

// Captured from wrk 4.2 on this machine (`wrk -t1 -c10 -d2s --latency`).
const cleanRun = `Running 2s test @ http://127.0.0.1:3999/
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    17.97ms   50.79ms 428.72ms   95.73%
    Req/Sec   680.20    145.30     1.05k    80.00%
  Latency Distribution
     50%    7.57ms
     75%   11.28ms
     90%   17.77ms
     99%  324.96ms
  1355 requests in 2.00s, 2.08MB read
Requests/sec:    677.10
Transfer/sec:      1.04MB
`;

describe("the bench's reading of a wrk report", () => {
  it('takes throughput, latency percentiles in milliseconds and the request count', () => {
    expect(parseWrkReport(cleanRun)).toEqual({
      requestsPerSecond: 677.1,
      latencyP50Ms: 7.57,
      latencyP99Ms: 324.96,
      requests: 1355,
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    });
  });

  it('counts socket errors, timeouts and non-2xx answers, and converts us and s', () => {
    // wrk prints these two lines only when something went wrong (src/wrk.c).
    const troubled = cleanRun
      .replace('     50%    7.57ms', '     50%  850.00us')
      .replace('     99%  324.96ms', '     99%    1.20s')
      .replace('Requests/sec:', '  Socket errors: connect 1, read 2, write 3, timeout 4\n  Non-2xx or 3xx responses: 5\nRequests/sec:');
    expect(parseWrkReport(troubled)).toMatchObject({ latencyP50Ms: 0.85, latencyP99Ms: 1200, errors: 6, timeouts: 4, non2xx: 5 });
  });

  it('refuses a report without a throughput line instead of reporting zero', () => {
    expect(() => parseWrkReport('unable to connect to 127.0.0.1:3999 Connection refused')).toThrow(/no/);
  });
});
