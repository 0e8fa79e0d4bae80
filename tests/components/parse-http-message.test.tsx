// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseHttpMessage } from '@/components/mdx/parse-http-message';

describe('parseHttpMessage', () => {
  it('splits the start line from headers, keeping repeated headers in order', () => {
    const text = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Negotiate\nWWW-Authenticate: NTLM\n';
    expect(parseHttpMessage(text)).toEqual({
      startLine: 'HTTP/1.1 401 Unauthorized',
      headers: [
        { name: 'WWW-Authenticate', value: 'Negotiate' },
        { name: 'WWW-Authenticate', value: 'NTLM' },
      ],
    });
  });

  it('splits at the first colon only, so values may contain colons', () => {
    const { headers } = parseHttpMessage('GET / HTTP/1.1\r\nHost: intranet.example:8080\r\nReferer: http://a/b');
    expect(headers).toEqual([
      { name: 'Host', value: 'intranet.example:8080' },
      { name: 'Referer', value: 'http://a/b' },
    ]);
  });

  it('skips blank lines, including leading ones', () => {
    const parsed = parseHttpMessage('\n\nGET /app HTTP/1.1\n\nHost: app\n\n');
    expect(parsed).toEqual({ startLine: 'GET /app HTTP/1.1', headers: [{ name: 'Host', value: 'app' }] });
  });

  it('keeps a line without a colon as a header with an empty value', () => {
    expect(parseHttpMessage('HTTP/1.1 200 OK\n...').headers).toEqual([{ name: '...', value: '' }]);
  });

  it('joins an indented continuation line onto the previous header', () => {
    const { headers } = parseHttpMessage('HTTP/1.1 200 OK\nX-Long: part one\n  part two');
    expect(headers).toEqual([{ name: 'X-Long', value: 'part one part two' }]);
  });

  it('keeps the leading colon of HTTP/2 pseudo-headers', () => {
    expect(parseHttpMessage('HTTP/2 401\n:status: 401').headers).toEqual([{ name: ':status', value: '401' }]);
  });

  it('returns an empty message for empty text', () => {
    expect(parseHttpMessage('')).toEqual({ startLine: '', headers: [] });
  });
});
