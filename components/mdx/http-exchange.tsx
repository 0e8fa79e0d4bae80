import type { ReactNode } from 'react';

/** Props of {@link HttpExchange}: `children` are `<HttpMessage>`s in the order they are sent. */
export type HttpExchangeProps = { title?: string; children?: ReactNode };

/** An HTTP conversation, one list item per message. */
export function HttpExchange({ title, children }: HttpExchangeProps) {
  return (
    <div className="http-exchange not-prose">
      {title ? <p className="http-exchange-title">{title}</p> : null}
      <ol className="http-messages" aria-label={title ?? 'HTTP exchange'}>
        {children}
      </ol>
    </div>
  );
}
