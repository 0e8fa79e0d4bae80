import type { Exchange, TokenEntry } from '@/lib/diagnose/types';
import { fillIn } from '@/lib/i18n/format';
import { describeAuthItem } from './describe-token';
import type { DiagnoseTextKey } from './diagnose-text';

type Text = Readonly<Record<DiagnoseTextKey, string>>;

/** The exchanges in order: the request, what the client sent, what the server answered. */
export function HandshakeTimeline({
  exchanges,
  sources,
  tokens,
  text,
}: {
  exchanges: readonly Exchange[];
  /** Where each exchange was read, in the page's words. */
  sources: readonly string[];
  tokens: readonly TokenEntry[];
  text: Text;
}) {
  if (exchanges.length === 0) return <p className="mt-3">{text.noExchanges}</p>;
  return (
    <ol aria-label={text.exchanges} className="mt-3 space-y-3">
      {exchanges.map((exchange) => (
        <li key={exchange.index} className="rounded border border-border p-4">
          <p className="font-semibold">
            {fillIn(text.exchange, { number: exchange.index + 1 })}
            <span className="font-normal text-muted"> · {sources[exchange.index] ?? exchange.source}</span>
          </p>
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="text-muted">{text.request}</dt>
            <dd className="font-mono text-sm break-all">{requestLine(exchange, text)}</dd>
            <dt className="text-muted">{text.clientSent}</dt>
            <dd>{exchange.sent.length > 0 ? exchange.sent.map((item) => describeAuthItem(item, tokens, text)).join('; ') : text.noCredentials}</dd>
            <dt className="text-muted">{text.serverAnswered}</dt>
            <dd>{answer(exchange, tokens, text)}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

function requestLine(exchange: Exchange, text: Text): string {
  const line = [exchange.method, exchange.url].filter(Boolean).join(' ') || (exchange.loose ? text.looseLines : text.notInInput);
  return exchange.client ? `${line} (${exchange.client})` : line;
}

function answer(exchange: Exchange, tokens: readonly TokenEntry[], text: Text): string {
  const status = exchange.status !== null ? `${exchange.status}${statusWord(exchange.status, text)}` : text.noStatus;
  if (exchange.offered.length === 0) return status;
  return fillIn(text.offering, { status, offers: exchange.offered.map((item) => describeAuthItem(item, tokens, text)).join('; ') });
}

// Words beside the code, so the outcome does not rest on knowing status codes.
function statusWord(status: number, text: Text): string {
  if (status === 401) return text.status401;
  if (status === 407) return text.status407;
  if (status >= 200 && status < 300) return text.status2xx;
  if (status === 400) return text.status400;
  if (status === 403) return text.status403;
  return '';
}
