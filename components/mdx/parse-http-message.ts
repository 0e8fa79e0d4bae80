/** One header line of an HTTP message as an author wrote it. */
export type HttpHeader = { name: string; value: string };

/** An HTTP request or response head: start line plus headers in their original order. */
export type ParsedHttpMessage = { startLine: string; headers: HttpHeader[] };

/**
 * Splits an author's HTTP head into start line and headers. Forgiving by design, because it is
 * prose, not traffic: blank lines are skipped, an indented line continues the previous header,
 * and any other line without a colon is kept as a header with an empty value rather than dropped.
 */
export function parseHttpMessage(text: string): ParsedHttpMessage {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const [first, ...rest] = lines;
  const headers: HttpHeader[] = [];
  for (const line of rest) {
    const previous = headers.at(-1);
    if (/^\s/.test(line) && previous) {
      previous.value = `${previous.value} ${line.trim()}`.trim();
      continue;
    }
    // Search from index 1 so HTTP/2 pseudo-headers such as `:status: 401` keep their leading colon.
    const colon = line.indexOf(':', 1);
    if (colon === -1) headers.push({ name: line.trim(), value: '' });
    else headers.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return { startLine: first?.trim() ?? '', headers };
}
