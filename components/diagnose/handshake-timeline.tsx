import type { Exchange, TokenEntry } from '@/lib/diagnose/types';
import { describeAuthItem } from './describe-token';

/** The exchanges in order: the request, what the client sent, what the server answered. */
export function HandshakeTimeline({ exchanges, tokens }: { exchanges: readonly Exchange[]; tokens: readonly TokenEntry[] }) {
  if (exchanges.length === 0) return <p className="mt-3">The input holds no requests or responses with authentication headers.</p>;
  return (
    <ol aria-label="Exchanges in order" className="mt-3 space-y-3">
      {exchanges.map((exchange) => (
        <li key={exchange.index} className="rounded border border-border p-4">
          <p className="font-semibold">
            Exchange {exchange.index + 1}
            <span className="font-normal text-muted"> · {exchange.source}</span>
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-muted">Request</dt>
            <dd className="font-mono text-sm break-all">{requestLine(exchange)}</dd>
            <dt className="text-muted">Client sent</dt>
            <dd>{exchange.sent.length > 0 ? exchange.sent.map((item) => describeAuthItem(item, tokens)).join('; ') : 'no credentials'}</dd>
            <dt className="text-muted">Server answered</dt>
            <dd>{answer(exchange, tokens)}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

function requestLine(exchange: Exchange): string {
  const line = [exchange.method, exchange.url].filter(Boolean).join(' ') || (exchange.loose ? 'loose header lines' : 'not in the input');
  return exchange.client ? `${line} (${exchange.client})` : line;
}

function answer(exchange: Exchange, tokens: readonly TokenEntry[]): string {
  const status = exchange.status !== null ? `${exchange.status}${statusWord(exchange.status)}` : 'no status in the input';
  if (exchange.offered.length === 0) return status;
  return `${status}, offering ${exchange.offered.map((item) => describeAuthItem(item, tokens)).join('; ')}`;
}

// Words beside the code, so the outcome does not rest on knowing status codes.
function statusWord(status: number): string {
  if (status === 401) return ' (not signed in)';
  if (status === 407) return ' (proxy sign-in needed)';
  if (status >= 200 && status < 300) return ' (success)';
  if (status === 400) return ' (bad request)';
  if (status === 403) return ' (forbidden)';
  return '';
}
