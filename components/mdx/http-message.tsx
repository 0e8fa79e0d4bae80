import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { PropValue } from '@/lib/content/mdx-component-specs';
import { parseHttpMessage } from './parse-http-message';
import { textOf } from './text-of';

/** Props of {@link HttpMessage}: `children` hold a fenced block with a start line and header lines. */
export type HttpMessageProps = { from: PropValue<'HttpMessage', 'from'>; note?: string; children?: ReactNode };

const STATUS_LINE = /^(HTTP\/\S+)\s+(\d{3}.*)$/;

/** One message of an `<HttpExchange>`: who sends it, its start line, its headers and a remark. */
export function HttpMessage({ from, note, children }: HttpMessageProps) {
  const { startLine, headers } = parseHttpMessage(textOf(children));
  const t = useTranslations('Mdx');
  const [sender, receiver] = from === 'server' ? [t('server'), t('toBrowser')] : [t('browser'), t('toServer')];
  return (
    <li className={`http-message http-message-${from === 'server' ? 'server' : 'client'}`}>
      <p className="http-direction">
        {sender} <span aria-hidden="true">→</span>
        <span className="sr-only">{t('to')}</span> {receiver}
      </p>
      {/* The protocol's own words: start line, header names and values are sent as they are. */}
      <p className="http-start-line" translate="no">
        <StartLine line={startLine} />
      </p>
      {headers.length > 0 ? (
        <dl className="http-headers" translate="no">
          {headers.map((header, index) => (
            <div key={index} className="http-header">
              <dt>{header.name}</dt>
              <dd>{header.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {note ? <p className="http-note">{note}</p> : null}
    </li>
  );
}

/** Emphasises the status (`401 Unauthorized`) of a response, or the method of a request. */
function StartLine({ line }: { line: string }) {
  const status = STATUS_LINE.exec(line);
  if (status) {
    return (
      <code>
        {status[1]} <strong className="http-status">{status[2]}</strong>
      </code>
    );
  }
  const [method, ...rest] = line.split(/\s+/);
  return (
    <code>
      <strong>{method}</strong>
      {rest.length > 0 ? ` ${rest.join(' ')}` : null}
    </code>
  );
}
